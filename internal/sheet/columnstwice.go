package sheet

import (
	"slices"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/xlsxread"
)

// NoticeColumnTwice is the code of the notice that two columns of a
// source have headers of one field ("Klass" twice): the first was read
// and the other is not sent, which may not be the user's choice.
const NoticeColumnTwice = "column_twice"

// columnsTwice adds a notice for each column of l whose header names a
// field an earlier column was read as, naming both by letter, since
// their headers may be the same; not when the user mapped the first.
func (imp *Import) columnsTwice(l layout) {
	for _, i := range l.twice {
		f := headerNames[foldHeader(l.names[i])]
		first := slices.Index(l.field, f)
		if first < 0 || l.mappedField[first] {
			continue // the user chose the column
		}
		imp.Notices = append(imp.Notices, Notice{File: imp.Path, Sheet: imp.Sheet, Code: NoticeColumnTwice,
			Message: i18n.T("two columns are headed as %s: column %s (%q) was read, column %s (%q) is not sent; map the columns to choose",
				f.String(), xlsxread.ColumnLetter(first), l.names[first], xlsxread.ColumnLetter(i), l.names[i])})
	}
}
