package check

import (
	"strings"
	"unicode"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// namedClassProblems checks a student's class that is neither a standard
// class nor a grade, a section, several classes or a teaching group. Such
// a value goes to the platform as a class of its own, so one that holds a
// standard class in another form ("9А" with a Cyrillic letter, "9B 26/27",
// "Rydsskolan 9B") is a class_format warning with the class as its Fix,
// and one that names a mentor group or has no letter at all ("7.1") is a
// warning without one; a personal identity number is identity_number's,
// never quoted here. Named classes with letters ("Blå gruppen", "NA1a")
// pass.
func namedClassProblems(dst []Problem, row *roster.Row, value string) []Problem {
	if roster.IdentityNumber(value) {
		return dst // identity_number says it, without quoting the number
	}
	format := func(message i18n.Text, fix string) []Problem {
		p := Problem{Row: row.ID, Field: roster.Class, Severity: CodeClassFormat.Severity(), Code: CodeClassFormat, Message: message}
		if fix != "" {
			p.Fix = &Fix{Label: i18n.T("Change to %q", fix), Value: fix}
		}
		return append(dst, p)
	}
	if class, ok := roster.ClassLookalike(value); ok {
		return format(i18n.T("%q has characters that only look like the usual letters, digits or dash: write the class as %q", value, class), class)
	}
	if class, ok := roster.ClassWithin(value); ok {
		return format(i18n.T("%q holds the class %s and other text: the platform would make it a class of its own", value, class), class)
	}
	if roster.MentorGroup(value) {
		return append(dst, Problem{Row: row.ID, Field: roster.Class, Severity: CodeClassGroup.Severity(), Code: CodeClassGroup,
			Message: i18n.T("%q looks like a mentor group: the platform takes the pupil's class, a grade and a section", value)})
	}
	if !strings.ContainsFunc(value, unicode.IsLetter) {
		return format(i18n.T("%q has no letter: a class is a grade and a section, so check that this is the pupil's class", value), "")
	}
	return dst
}

// gradeBeyondSchool is the problem of a class or grade whose number is
// no school year ("80A", "42"): an error for a bare number, as any bare
// grade, and a warning without a Fix for a number and a letter.
func gradeBeyondSchool(row *roster.Row, class roster.ParsedClass) Problem {
	value := roster.Tidy(row.Values[roster.Class])
	if class.Form == roster.ClassGradeOnly {
		return Problem{Row: row.ID, Field: roster.Class, Severity: CodeClassGradeOnly.Severity(), Code: CodeClassGradeOnly,
			Message: i18n.T("%q is a number but no school year: write the pupil's class, a grade and a section", value)}
	}
	return Problem{Row: row.ID, Field: roster.Class, Severity: CodeClassFormat.Severity(), Code: CodeClassFormat,
		Message: i18n.T("%q is no class of a school year (there is no year %d): check that this is the pupil's class", value, class.Grade)}
}

// yearInWords reports whether a student's named class writes its year
// as a word ("nio B", "sjuan", "yhdeksäs B"; roster.ClassInWords).
func yearInWords(value string) bool {
	_, ok := roster.ClassInWords(value)
	return ok
}

// classInWords is the problem of a class whose year is a word: the
// platform would make "nio B" a class of its own beside 9B, so a year
// and a section are a class_format warning with the class as its Fix,
// and a year alone ("sjuan") is a bare grade, class_grade_only.
func classInWords(row *roster.Row, value string) Problem {
	class, _ := roster.ClassInWords(value)
	if class.Form == roster.ClassGradeOnly {
		return Problem{Row: row.ID, Field: roster.Class, Severity: CodeClassGradeOnly.Severity(), Code: CodeClassGradeOnly,
			Message: i18n.T("%q is only the year, written as a word: write the class, such as %dA", value, class.Grade)}
	}
	return Problem{Row: row.ID, Field: roster.Class, Severity: CodeClassFormat.Severity(), Code: CodeClassFormat,
		Message: i18n.T("%q writes the year as a word: the platform would make it a class of its own, so write the class as %q", value, class.Canonical),
		Fix:     &Fix{Label: i18n.T("Change to %q", class.Canonical), Value: class.Canonical}}
}
