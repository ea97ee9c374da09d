package check

import (
	"rosterdesk/internal/i18n"
	"strings"

	"rosterdesk/internal/roster"
)

// required lists the fields every exported row must fill. Class is
// required of students only, SSOID of no one.
var required = [...]roster.Field{roster.Email, roster.FirstName, roster.LastName,
	roster.School, roster.Municipality, roster.Role}

// checked reports whether a row is checked at all: blank rows, rows with
// protected identity and rows left out are never exported, so nothing in
// them matters.
func checked(row *roster.Row) bool { return row.Exported() }

// rowProblems appends the problems that depend on the row alone (and the
// roster's grade and status columns, x), in field order.
func rowProblems(dst []Problem, row *roster.Row, x rowContext) []Problem {
	return rowProblemsAfter(dst, row, x, &plainValues{})
}

// rowProblemsAfter is rowProblems for one of rows checked one after the
// other, which share seen.
func rowProblemsAfter(dst []Problem, row *roster.Row, x rowContext, seen *plainValues) []Problem {
	for _, f := range roster.Fields {
		v := row.Values[f]
		if tidy := roster.Tidy(v); tidy != v {
			dst = append(dst, Problem{Row: row.ID, Field: f, Severity: CodeWhitespace.Severity(), Code: CodeWhitespace,
				Message: i18n.T("extra spaces, tabs or line breaks around or inside the text"),
				Fix:     &Fix{Label: i18n.T("Remove the extra spaces"), Value: tidy}})
		}
	}
	dst = invisibleProblems(dst, row)
	dst = garbledProblems(dst, row)
	dst = identityNumberProblems(dst, row)
	dst = roundedProblems(dst, row)
	dst = excelErrorProblems(dst, row)
	dst = textMarkerProblems(dst, row)
	dst = dateProblems(dst, row)
	for _, f := range required {
		if strings.TrimSpace(row.Values[f]) == "" {
			dst = append(dst, Problem{Row: row.ID, Field: f, Severity: CodeMissing.Severity(), Code: CodeMissing,
				Message: i18n.T("required, but empty")})
		}
	}
	dst = emailProblems(dst, row)
	dst = unlessRepeated(dst, row, roster.School, &seen.school, schoolSeveralProblems)
	dst = unlessRepeated(dst, row, roster.Municipality, &seen.municipality, municipalityNameProblems)
	dst = roleAndClassProblems(dst, row, x)
	dst = nameCaseProblems(dst, row)
	return sourceProblems(dst, row, x)
}

// emailProblems checks the address of one row (duplicates are the
// checker's index's business).
func emailProblems(dst []Problem, row *roster.Row) []Problem {
	email := strings.TrimSpace(row.Values[roster.Email])
	if email == "" {
		return dst
	}
	if reason, ok := ValidateEmail(email); !ok {
		return append(dst, Problem{Row: row.ID, Field: roster.Email, Severity: CodeEmailInvalid.Severity(), Code: CodeEmailInvalid,
			Message: i18n.T("not a valid email address: %s", reason)})
	}
	if !isASCII(email) {
		return append(dst, Problem{Row: row.ID, Field: roster.Email, Severity: CodeEmailNonASCII.Severity(), Code: CodeEmailNonASCII,
			Message: i18n.T("the address has letters such as å, ä or ö, which school mailboxes seldom have")})
	}
	return emailPrivateProblems(dst, row, email)
}

// roleUnknownFix is the choice offered for a role that is neither
// student nor teacher (Skolsköterska, Kurator, Lärarstudent): only the
// user knows whether the person teaches or does not belong on the list.
var roleUnknownFix = &Fix{Label: i18n.T("Make the person a teacher, or leave the row out of the file"), Choices: []Fix{
	{Label: i18n.T("Change to %q", "teacher"), Value: "teacher"},
	{Label: i18n.T("Leave out of the file"), LeaveOut: true},
}}

// roleAndClassProblems checks the role and whether the class fits it; a
// grade column (x) tells the grade of a class that lacks it.
func roleAndClassProblems(dst []Problem, row *roster.Row, x rowContext) []Problem {
	role := strings.TrimSpace(row.Values[roster.Role])
	kind := roster.ParseRole(role)
	if role != "" && kind == roster.NoRole {
		dst = append(dst, Problem{Row: row.ID, Field: roster.Role, Severity: CodeRoleUnknown.Severity(), Code: CodeRoleUnknown,
			Message: i18n.T(`the role must be "student" or "teacher"`), Fix: roleUnknownFix})
	}
	class := roster.ParseClass(row.Values[roster.Class])
	switch {
	case kind == roster.Teacher && class.Form != roster.ClassEmpty:
		if p, ok := roleMismatch(row, kind, strings.TrimSpace(row.Values[roster.Class]), x); ok {
			return append(dst, p)
		}
		return append(dst, Problem{Row: row.ID, Field: roster.Class, Severity: CodeClassTeacher.Severity(), Code: CodeClassTeacher,
			Message: i18n.T("teachers have no class in the upload file: it will be left empty (unless this is a pupil whose role is wrong)"),
			Fix:     &Fix{Label: i18n.T("Clear the class"), Value: ""}})
	case kind == roster.Student && class.Form == roster.ClassEmpty:
		if p, ok := roleMismatch(row, kind, "", x); ok {
			return append(dst, p)
		}
		return append(dst, classMissing(row, x))
	case kind == roster.Student && (class.Form == roster.ClassGradeOnly || class.Form == roster.ClassStandard) && class.Grade > roster.MaxSchoolYear:
		return append(dst, gradeBeyondSchool(row, class))
	case kind == roster.Student && class.Form == roster.ClassGradeOnly:
		return append(dst, classGradeOnly(row, class, x))
	case kind == roster.Student && class.Form == roster.ClassNamed && yearInWords(class.Canonical):
		return append(dst, classInWords(row, class.Canonical))
	case kind == roster.Student && class.Form == roster.ClassNamed && roster.SectionOnly(class.Canonical):
		return append(dst, classNoGrade(row, class.Canonical, x))
	case kind == roster.Student && class.Form == roster.ClassNamed && roster.SeveralClasses(class.Canonical) != nil:
		return append(dst, Problem{Row: row.ID, Field: roster.Class, Severity: CodeClassSeveral.Severity(), Code: CodeClassSeveral,
			Message: i18n.T("%q names more than one class: the platform places a pupil in one class, so choose one", class.Canonical)})
	case kind == roster.Student && class.Form == roster.ClassNamed && roster.TeachingGroup(class.Canonical):
		return append(dst, Problem{Row: row.ID, Field: roster.Class, Severity: CodeClassGroup.Severity(), Code: CodeClassGroup,
			Message: i18n.T("%q looks like a teaching group: the platform takes the pupil's class, such as 9A", class.Canonical)})
	case kind == roster.Student && class.Form == roster.ClassNamed:
		return namedClassProblems(dst, row, class.Canonical)
	case class.Form == roster.ClassStandard && class.Canonical != roster.Tidy(row.Values[roster.Class]):
		return append(dst, Problem{Row: row.ID, Field: roster.Class, Severity: CodeClassFormat.Severity(), Code: CodeClassFormat,
			Message: i18n.T("write the class as %q", class.Canonical),
			Fix:     &Fix{Label: i18n.T("Change to %q", class.Canonical), Value: class.Canonical}})
	}
	return dst
}
