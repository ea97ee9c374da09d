package sheet

import (
	"slices"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// classSample is how many filled cells of a column are looked at to tell
// whether it holds classes, before its every row is compared.
const classSample = 50

// otherClassColumns warns of a column that is not sent but holds classes
// other than those of the Class column on some exported rows: at the
// turn of a school year an export has "Klass" (this year's) beside
// "Klass ht27" (the next), and the upload file would get the class of
// the column named as the class without a word. Only the user knows
// which is to be sent, so each such column is a warning of the file
// until it is mapped (to Class or to Ignore). A column the user mapped,
// or a list whose Class column the user chose, is not asked about.
func (imp *Import) otherClassColumns() {
	classCol := imp.Columns[roster.Class]
	if classCol == "" || imp.Roster == nil || slices.Contains(imp.Mapped, classCol) {
		return
	}
	for i, header := range imp.Roster.ExtraColumns {
		if slices.Contains(imp.Mapped, header) || roster.GradeHeader(header) || !imp.holdsClasses(i) {
			continue
		}
		differ := 0
		var first *roster.Row
		var firstClass string
		for _, row := range imp.Roster.Rows {
			v := row.ExtraValue(i)
			if v == "" || !row.Exported() {
				continue
			}
			p := roster.ParseClass(v)
			if p.Form != roster.ClassStandard || roster.ParseClass(row.Values[roster.Class]).Canonical == p.Canonical {
				continue
			}
			if differ++; first == nil {
				first, firstClass = row, p.Canonical
			}
		}
		if differ == 0 {
			continue
		}
		sent := first.Values[roster.Class]
		if sent == "" {
			sent = "–"
		}
		imp.Problems = append(imp.Problems, check.Problem{Field: roster.NoField, Column: header,
			Severity: check.CodeClassColumnOther.Severity(), Code: check.CodeClassColumnOther,
			Message: i18n.T("column %q holds classes too, and on %d rows not those of column %q, which is sent as Class (row %d: %s here, %s sent): if %q has the classes to send, map it to Class, else to Not sent (Map columns…; roster: --map \"%s=Class\" or \"%s=Ignore\")",
				header, differ, classCol, first.SourceLine, firstClass, sent, header, header, header)})
	}
}

// holdsClasses reports whether the exported rows' filled cells of extra
// column i are classes of a grade and a section ("7A", "8 b"), four in
// five of the first classSample of them at least.
func (imp *Import) holdsClasses(i int) bool {
	filled, classes := 0, 0
	for _, row := range imp.Roster.Rows {
		v := row.ExtraValue(i)
		if v == "" || !row.Exported() {
			continue
		}
		filled++
		if roster.ParseClass(v).Form == roster.ClassStandard {
			classes++
		}
		if filled == classSample {
			break
		}
	}
	return filled > 0 && classes*5 >= filled*4
}
