package check

import (
	"slices"
	"strconv"
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// The problems of a student's class that lacks what the upload file
// needs: no class at all (class_missing) or only its section
// (class_no_grade). What they suggest comes from the row's grade column
// when it has one, and otherwise from the classes of the school
// (Checker.suggest), looked up when the problems are asked for.

// classMissing is the error that a student has no class; its message
// suggests a class of the student's own grade when the grade column
// gives it.
func classMissing(row *roster.Row, x rowContext) Problem {
	p := Problem{Row: row.ID, Field: roster.Class, Severity: CodeClassMissing.Severity(), Code: CodeClassMissing,
		Message: i18n.T("a student needs a class: a grade and a section, such as 7A")}
	if g, _, ok := x.gradeOf(row); ok {
		p.Message = i18n.T("a student needs a class: the column %q gives year %d, so a class such as %dA", x.gradeName, g, g)
	}
	if c := x.classChoices(row); c != "" {
		// The export's own candidates say more than any example.
		p.Message = i18n.T("a student needs one class at this school: the school data gives %s, kept in the column %q; choose the pupil's class", c, roster.ClassChoicesColumn)
	}
	return p
}

// classGradeOnly is the error that a student's class is a bare number.
// Beside a grade column that gives another year ("1" beside Årskurs 7)
// the number is the section, numbered as many Swedish schools number
// theirs (7:1, 7:2): the message says so and never calls it the grade,
// whose advice ("1A") would make a wrong class. No Fix: how the school
// writes its classes (7:1, 7.1, 71) is the school's.
func classGradeOnly(row *roster.Row, class roster.ParsedClass, x rowContext) Problem {
	value := roster.Tidy(row.Values[roster.Class])
	p := Problem{Row: row.ID, Field: roster.Class, Severity: CodeClassGradeOnly.Severity(), Code: CodeClassGradeOnly,
		Message: i18n.T("%q is only the grade: write the class, such as %dA", value, class.Grade)}
	if year, column := x.yearOf(row); year != "" && year != strconv.Itoa(class.Grade) {
		p.Message = i18n.T("%q is the section, not the grade: the column %q says year %s, so write the class as the school names it, such as %s:%s",
			value, column, year, year, value)
	}
	return p
}

// classNoGrade is the warning that a student's class, section, has no
// grade; with a Fix when the row's grade column gives the grade.
func classNoGrade(row *roster.Row, section string, x rowContext) Problem {
	p := Problem{Row: row.ID, Field: roster.Class, Severity: CodeClassNoGrade.Severity(), Code: CodeClassNoGrade,
		Message: i18n.T("%q is only a section: add the pupil's year before it", section)}
	g, text, ok := x.gradeOf(row)
	switch joined, joins := roster.JoinGradeSection(text, section); {
	case ok && joins:
		p.Message = i18n.T("%q is only a section: the column %q gives year %d, so the class is %s", section, x.gradeName, g, joined)
		p.Fix = &Fix{Label: i18n.T("Change to %q", joined), Value: joined}
	case joins:
		p.Message = i18n.T("%q is only a section: the column %q says %q, so the class is %s", section, x.gradeName, text, joined)
		p.Fix = &Fix{Label: i18n.T("Change to %q", joined), Value: joined}
	case text != "":
		p.Message = i18n.T("%q is only a section: the column %q says %q, which is not one grade: write the class with its grade", section, x.gradeName, text)
	default:
		if year, column := x.yearOf(row); year != "" {
			if joined, ok := roster.JoinGradeSection(year, section); ok {
				p.Message = i18n.T("%q is only a section: the column %q looks like the year and says %s, so the class is likely %s", section, column, year, joined)
				p.Fix = &Fix{Label: i18n.T("Change to %q", joined), Value: joined}
			}
		}
	}
	return p
}

// suggest makes the class problems of a row without a grade column's
// word (no Fix yet) say what the row's school has: the school's classes
// as examples for a missing class, and, for a section alone, the class
// it must be when the school's classes, two or more, are all in one
// grade and that class is not there yet (so the fix never merges two
// classes).
func (c *Checker) suggest(problems []Problem, id roster.RowID) {
	for i := range problems {
		p := &problems[i]
		if p.Fix != nil || p.Code != CodeClassMissing && p.Code != CodeClassNoGrade {
			continue
		}
		school, row := c.tired.schoolOf(id)
		if school == nil {
			return
		}
		if _, text, _ := c.context.gradeOf(row); text != "" || c.context.classChoices(row) != "" {
			return // the message already says what the row's grade column or school data says
		}
		if p.Code == CodeClassMissing {
			p.Message = i18n.T("a student needs a class, such as one of this school's: %s", school.examples(3))
			continue
		}
		for g, grade := range school.grades {
			section := roster.Tidy(row.Values[roster.Class])
			joined, ok := roster.JoinGradeSection(strconv.Itoa(g), section)
			if len(school.grades) != 1 || len(grade.classes) < 2 || !ok || grade.classes[joined] > 0 {
				continue
			}
			p.Message = i18n.T("%q is only a section: every class of this school is in year %d, so the class is likely %s", section, g, joined)
			p.Fix = &Fix{Label: i18n.T("Change to %q", joined), Value: joined}
		}
	}
}

// examples names up to n of the school's classes: one of each grade in
// order, then the grades' next classes, each grade's in order.
func (s *classSchool) examples(n int) string {
	grades := make([]int, 0, len(s.grades))
	for g := range s.grades {
		grades = append(grades, g)
	}
	slices.Sort(grades)
	byGrade := make([][]string, len(grades))
	for i, g := range grades {
		for cl := range s.grades[g].classes {
			byGrade[i] = append(byGrade[i], cl)
		}
		slices.Sort(byGrade[i])
	}
	var out []string
	for k := 0; len(out) < n; k++ {
		added := false
		for _, classes := range byGrade {
			if k < len(classes) && len(out) < n {
				out = append(out, classes[k])
				added = true
			}
		}
		if !added {
			break
		}
	}
	return strings.Join(out, ", ")
}
