package sheet

import (
	"maps"
	"slices"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// readMark reads value v of protected-identity column i into row: any
// value but an explicit "no" protects (roster.ReadMark), and one that is
// not a known "yes" is a warning that says what was read.
func (b *rowBuilder) readMark(row *roster.Row, i int, v string) {
	m := roster.ReadMark(v)
	if !m.Protected() {
		return
	}
	row.Protected = true
	b.noteUndecided(row, i, v)
	if m == roster.MarkOther {
		b.imp.Problems = append(b.imp.Problems, check.ProtectedValue(row.ID, b.layout.names[i], v))
	}
}

// readUncached reads the cells of row (source row line) that hold a
// formula without a calculated value: the file does not say what they
// hold, which is not an empty cell. One in a protected-identity column
// protects the row (fail closed), with a warning; one in a field is
// counted for finishUncached; one in any other column is not sent, so
// it does not matter.
func (b *rowBuilder) readUncached(row *roster.Row, line int) {
	if b.uncached == nil {
		return
	}
	for _, i := range b.uncached(line) {
		f := roster.NoField
		if i < len(b.layout.field) {
			f = b.layout.field[i]
		}
		switch {
		case f != roster.NoField:
			if b.uncachedFields == nil {
				b.uncachedFields = map[int]uncachedField{}
			}
			u, ok := b.uncachedFields[i]
			if !ok {
				u = uncachedField{field: f, first: line}
			}
			u.n++
			b.uncachedFields[i] = u
		case i < len(b.layout.protected) && b.layout.protected[i]:
			row.Protected = true
			b.imp.Problems = append(b.imp.Problems, check.ProtectedUncached(row.ID, b.layout.names[i]))
		}
	}
}

// uncachedField is how many cells of a field's column hold a formula
// without a value, and the source row of the first.
type uncachedField struct {
	field    roster.Field
	n, first int
}

// finishUncached adds an error of the whole file for each field's column
// with cells holding a formula without a value: the value exported would
// be a guess (an empty cell), so the file must be calculated first.
func (b *rowBuilder) finishUncached() {
	cols := slices.Sorted(maps.Keys(b.uncachedFields))
	for _, i := range cols {
		u := b.uncachedFields[i]
		b.imp.Problems = append(b.imp.Problems, check.FormulaUncached(u.field, columnName(b.layout.names, i), u.n, u.first))
	}
}

// readPlaceholders protects a row whose name or address stands in for a
// hidden identity, with a warning on each such cell.
func (b *rowBuilder) readPlaceholders(row *roster.Row) {
	if ps := check.Placeholders(row, b.imp.Columns); ps != nil {
		row.Protected = true
		b.imp.Problems = append(b.imp.Problems, ps...)
	}
}

// noteIdentityNumber remembers the first column mapped by the user to a
// field whose values are personal identity numbers: ReadFileWith refuses
// such a mapping.
func (b *rowBuilder) noteIdentityNumber(i int, v string) {
	if b.imp.identityColumn == "" && i < len(b.layout.mappedField) && b.layout.mappedField[i] && roster.IdentityNumber(v) {
		b.imp.identityColumn = b.layout.names[i]
	}
}

// errIdentityMapped refuses a mapping of personal identity numbers to a
// field of the upload file.
func errIdentityMapped(column string) error {
	return &i18n.Error{Message: i18n.T("the column %q holds personal identity numbers, which must never be exported: map it to Ignore, or map another column", column)}
}

// noteMarkLike fails closed on what a column that is not sent holds:
// value v of extra column x that names a protected identity ("Skyddad
// folkbokföring" under "Anmärkning", SS12000's securityMarking flattened
// under any header), or a yes word under a header that hints at a mark
// ("Markering"), makes the column one the user must say the meaning of
// (roster.SetMarkLike), as a header that sounds like a mark does. In a
// leavers' status column ("Status": Aktiv, Utskriven) such a value
// protects row itself, with a warning: it is the person's status, and
// the column stays a status column (tester T43).
func (b *rowBuilder) noteMarkLike(row *roster.Row, x int, v string) {
	r := b.imp.Roster
	if v == "" {
		return
	}
	for i := len(b.hints); i < len(r.ExtraColumns); i++ {
		b.hints = append(b.hints, roster.HintsMark(r.ExtraColumns[i]))
		b.status = append(b.status, roster.StatusHeader(r.ExtraColumns[i]) != roster.NoStatus)
		b.markLike = append(b.markLike, false)
	}
	switch {
	case b.status[x]:
		if roster.ProtectionTerm(v) {
			row.Protected = true
			b.imp.Problems = append(b.imp.Problems, check.ProtectedValue(row.ID, r.ExtraColumns[x], v))
		}
	case b.markLike[x]:
	case roster.ProtectionTerm(v) || b.hints[x] && roster.ReadMark(v) == roster.MarkYes:
		b.markLike[x] = true
		r.SetMarkLike(r.ExtraColumns[x])
	}
}
