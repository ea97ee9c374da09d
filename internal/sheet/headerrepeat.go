package sheet

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// NoticeHeaderRepeated is the code of the notice that a line inside the
// data repeats the header: two exports joined into one file ("copy /b
// 9A.csv+9B.csv"), or a second table on the sheet with its own header.
const NoticeHeaderRepeated = "header_repeated"

// secondHeaderKey offsets the unheaded-column keys of columns that only
// a repeated header names, so that they never share an extra column with
// a column of the first header's sheet.
const secondHeaderKey = 1 << 20

// repeatsHeader reports whether a data record is a header line, as the
// importer reads one (three or more field names). A record with an @ in
// the Email column is a person, which settles nearly every row without
// reading its cells as header names.
func (b *rowBuilder) repeatsHeader(cells []string) (layout, bool) {
	if e := b.first.emailColumn; e >= 0 && e < len(cells) && strings.Contains(cells[e], "@") {
		return layout{}, false
	}
	l := readLayout(cells, b.imp.maps)
	return l, l.score >= minHeaderScore
}

// rehead makes the rows after a repeated header, l, read by its columns:
// each of its columns goes where the same column of the first header
// goes, a field to its field, an extra or protected-identity column to
// the one of the same name. A column the first header lacks is kept in
// an extra column of its own name, or, if it names a protected-identity
// column, read as one (fail closed). The line itself is not a person; a
// notice says which line it was.
func (b *rowBuilder) rehead(l layout, line int) {
	first := b.first.layout
	b.toFirst = make([]int, len(l.names))
	next := layout{field: make([]roster.Field, len(l.names)), extra: make([]int, len(l.names)),
		protected: make([]bool, len(l.names)), mappedField: make([]bool, len(l.names)), names: l.names,
		extraNames: first.extraNames}
	for j := range l.names {
		next.field[j], next.extra[j] = roster.NoField, -1
		i := sameColumn(first, l, j)
		b.toFirst[j] = i
		switch {
		case i >= 0:
			next.field[j], next.extra[j], next.protected[j] = first.field[i], first.extra[i], first.protected[i]
			next.mappedField[j] = first.mappedField[i]
		case l.protected[j]:
			next.protected[j] = true
		case l.names[j] != "":
			if b.headed == nil {
				b.headed = map[int]string{}
			}
			b.headed[secondHeaderKey+j] = l.names[j]
		}
	}
	b.layout = next
	b.imp.notice(NoticeHeaderRepeated, i18n.T("row %d repeats the header: it is not read as a person, and the rows below it are read by its column order", line))
}

// inFirstOrder returns a record's cells in the order of the first
// header's columns, for what is noted by those columns.
func (b *rowBuilder) inFirstOrder(cells []string) []string {
	if b.toFirst == nil {
		return cells
	}
	out := make([]string, len(b.first.layout.names))
	for j, cell := range cells {
		if j < len(b.toFirst) && b.toFirst[j] >= 0 {
			out[b.toFirst[j]] = cell
		}
	}
	return out
}

// sameColumn returns the column of the first header that column j of
// the repeated header l is: the one of the same field, or of the same
// name; -1 for none.
func sameColumn(first, l layout, j int) int {
	for i := range first.names {
		switch {
		case l.field[j] != roster.NoField && first.field[i] == l.field[j]:
			return i
		case l.field[j] == roster.NoField && first.field[i] == roster.NoField &&
			l.names[j] != "" && foldHeader(first.names[i]) == foldHeader(l.names[j]):
			return i
		}
	}
	return -1
}
