package sheet

import (
	"slices"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/xlsxread"
)

// NoticeColumnTwice is the code of the notice that two columns of a
// source have headers of one field ("Klass" twice): the first was read
// and the other is not sent, which may not be the user's choice.
const NoticeColumnTwice = "column_twice"

// twin is a column headed as, or mapped to, a field that an earlier
// column was read as.
type twin struct {
	column int
	field  roster.Field
	// mapped says the user mapped it to the field, as the first: the
	// two share a header, which one mapping cannot tell apart.
	mapped bool
}

// columnsTwice adds a notice for each column of l whose header names a
// field an earlier column was read as, naming both by letter, since
// their headers may be the same; not when the user mapped the first
// alone. The checker errs on each row where the two disagree
// (roster.SetTwin).
func (imp *Import) columnsTwice(l layout) {
	for _, tw := range l.twice {
		first := slices.Index(l.field, tw.field)
		if first < 0 || l.mappedField[first] && !tw.mapped {
			continue // the user chose the column
		}
		if l.extra[tw.column] >= 0 {
			imp.Roster.SetTwin(l.names[tw.column], tw.field)
		}
		msg := i18n.T("two columns are headed as %s: column %s (%q) was read, column %s (%q) is not sent; map the columns to choose",
			tw.field.String(), xlsxread.ColumnLetter(first), l.names[first], xlsxread.ColumnLetter(tw.column), l.names[tw.column])
		if mapKey(l.names[first]) == mapKey(l.names[tw.column]) {
			// A mapping names a header, and both have this one.
			msg = i18n.T("two columns are headed %q (%s): column %s was read, column %s is not sent; give one of them another header in the file to choose",
				l.names[first], tw.field.String(), xlsxread.ColumnLetter(first), xlsxread.ColumnLetter(tw.column))
		}
		imp.Notices = append(imp.Notices, Notice{File: imp.Path, Sheet: imp.Sheet, Code: NoticeColumnTwice, Message: msg})
	}
}
