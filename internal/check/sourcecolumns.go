package check

import (
	"strconv"
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// rowContext is what the row rules read besides a row's fields: which
// extra columns hold the grade and the leaver status (-1 for none). The
// extra columns of a roster do not change once it is checked, so the
// checker works it out once.
type rowContext struct {
	grade int
	// gradeName is the grade column's header, for messages.
	gradeName string
	// like is the column that looks like the grade under another header
	// (roster.GradeLikeColumn), -1 for none; likeName its header. It only
	// suggests a section's year.
	like     int
	likeName string
	// statuses are the leaver columns, statusNames their headers.
	statuses    []roster.StatusColumn
	statusNames []string
	// marksOff are the protection columns the user mapped to something
	// else, marksOffNames their headers and marksOffTo what each was
	// mapped to.
	marksOff                  []int
	marksOffNames, marksOffTo []string
	// roster tells where a row was read from (roster.Roster.SourceOf), to
	// weigh a role against its sheet's or file's name.
	roster *roster.Roster
	// twins are the columns headed as a field another column was read
	// as, twinNames their headers and twinFields the fields.
	twins      []int
	twinNames  []string
	twinFields []roster.Field
	// choices is the school-data import's column of a student's
	// candidate classes (roster.ClassChoicesColumn), or -1.
	choices int
}

func contextOf(r *roster.Roster) rowContext {
	x := rowContext{grade: r.GradeColumn(), like: r.GradeLikeColumn(), statuses: r.StatusColumns(), roster: r, choices: r.ClassChoicesIndex()}
	x.marksOff, x.marksOffTo = r.MarkOffColumns()
	for _, c := range x.marksOff {
		x.marksOffNames = append(x.marksOffNames, r.ExtraColumns[c])
	}
	x.twins, x.twinFields = r.TwinColumns()
	for _, c := range x.twins {
		x.twinNames = append(x.twinNames, r.ExtraColumns[c])
	}
	if x.grade >= 0 {
		x.gradeName = r.ExtraColumns[x.grade]
	}
	if x.like >= 0 {
		x.likeName = r.ExtraColumns[x.like]
	}
	for _, s := range x.statuses {
		x.statusNames = append(x.statusNames, r.ExtraColumns[s.Index])
	}
	return x
}

// classChoices returns the candidate classes a school-data import kept
// for the row, as the export gives them ("8B | 9B", "9A (Söderskolan)"),
// or "".
func (x rowContext) classChoices(row *roster.Row) string {
	return strings.Join(roster.ClassCandidates(row.ExtraValue(x.choices)), ", ")
}

// gradeOf returns the grade the row's grade column gives, if it has one,
// and the cell's text (also when it is no one grade: "1-3", "F").
func (x rowContext) gradeOf(row *roster.Row) (int, string, bool) {
	if x.grade < 0 {
		return 0, "", false
	}
	v := row.ExtraValue(x.grade)
	g, ok := roster.ParseGrade(v)
	return g, strings.TrimSpace(v), ok
}

// yearOf returns the year a row's section belongs to and the column that
// says so: the grade column's, else the grade-like column's; "" when
// neither gives one. The year is a grade's digits or "F".
func (x rowContext) yearOf(row *roster.Row) (year, column string) {
	for _, c := range [...]struct {
		i    int
		name string
	}{{x.grade, x.gradeName}, {x.like, x.likeName}} {
		if c.i < 0 {
			continue
		}
		v := strings.TrimSpace(row.ExtraValue(c.i))
		if g, ok := roster.ParseGrade(v); ok {
			return strconv.Itoa(g), c.name
		}
		if v != "" && roster.Preschool(v) {
			return "F", c.name
		}
	}
	return "", ""
}

// sourceProblems appends the problems of what the source said about a row
// outside the fields: hidden in the workbook, a leaver status the program
// cannot read, a mark in a protection column the user switched off, a
// grade column that disagrees with the class, a second column of a field
// that disagrees with the first.
func sourceProblems(dst []Problem, row *roster.Row, x rowContext) []Problem {
	if row.Hidden {
		dst = append(dst, hiddenRow(row, x.roster))
	}
	for i, s := range x.statuses {
		v := row.ExtraValue(s.Index)
		if l := roster.ReadLeaving(s.Kind, v); !l.Clear {
			dst = append(dst, Problem{Row: row.ID, Field: roster.NoField, Column: x.statusNames[i], Severity: CodeStatusUnknown.Severity(), Code: CodeStatusUnknown,
				Message: unclearLeaving(l, strings.TrimSpace(v)),
				Fix:     &Fix{Label: i18n.T("Leave out of the file"), LeaveOut: true}})
		}
	}
	if !row.Protected {
		for i, c := range x.marksOff {
			if v := strings.TrimSpace(row.ExtraValue(c)); roster.ReadMark(v).Protected() {
				dst = append(dst, ProtectedMarkIgnored(row.ID, x.marksOffNames[i], v, x.marksOffTo[i]))
			}
		}
	}
	for i, c := range x.twins {
		dst = twinProblem(dst, row, x.twinFields[i], x.twinNames[i], row.ExtraValue(c))
	}
	if g, text, ok := x.gradeOf(row); ok {
		class := roster.ParseClass(row.Values[roster.Class])
		if class.Form == roster.ClassStandard && class.Grade != g {
			dst = append(dst, Problem{Row: row.ID, Field: roster.Class, Severity: CodeGradeMismatch.Severity(), Code: CodeGradeMismatch,
				Message: i18n.T("the class %s is not in year %d, which the column %q gives (%q): which one is right?", class.Canonical, g, x.gradeName, text)})
		}
	}
	return dst
}

// twinProblem appends an error when the column named name, headed as f as
// the column read for f was, says another value than f on the row: which
// of the two is right cannot be told from the file (tester T16, an
// August export's old and new "Klass"). An empty twin says nothing.
func twinProblem(dst []Problem, row *roster.Row, f roster.Field, name, twin string) []Problem {
	twin = strings.TrimSpace(twin)
	if twin == "" || strings.EqualFold(twin, strings.TrimSpace(row.Values[f])) {
		return dst
	}
	return append(dst, Problem{Row: row.ID, Field: f, Severity: CodeColumnsDisagree.Severity(), Code: CodeColumnsDisagree,
		Message: i18n.T("another column headed as %s, %q, says %q on this row, and it is not sent: which one is right? Change this cell, or clear the other one",
			f.String(), name, twin),
		// Only the user knows which is right: a choice, which Fix all
		// passes by, never the other column's value on every row.
		Fix: &Fix{Label: i18n.T("Take the other column's value, or leave the row out of the file"), Choices: []Fix{
			{Label: i18n.T("Change to %q", twin), Value: twin},
			{Label: i18n.T("Leave out of the file"), LeaveOut: true},
		}}})
}

// unclearLeaving says why a leaver cell was not read: a date that reads
// as two days or as no one day is called a date, anything else a status.
func unclearLeaving(l roster.Leaving, v string) i18n.Text {
	switch {
	case len(l.Readings) == 2:
		return i18n.T("the date %q may be %s or %s (day or month first): write it as yyyy-mm-dd; the row is kept in the file",
			v, l.Readings[0].Format("2006-01-02"), l.Readings[1].Format("2006-01-02"))
	case l.Date:
		return i18n.T("the date %q gives no one day: write it as yyyy-mm-dd; the row is kept in the file", v)
	}
	return i18n.T("the status %q says neither that the person is here nor that they have left: the row is kept in the file", v)
}
