package sheet

import "rosterdesk/internal/roster"

// fieldMemo is what the import made of the last raw value of one field:
// a column repeats its value on row after row (the municipality, the
// role, a school), and a value read from a workbook's shared strings is
// the same string each time, which compares at once, so it is cleaned
// and read once for such a run of rows instead of on every row.
type fieldMemo struct {
	raw, value, removed string
	set                 bool
	// notTitle says raw, read as a role, is no job title counted for
	// the notice (Import.countTitle).
	notTitle bool
}

// setField sets field f of row to the import's value of the trimmed
// text v (see importField), from the field's memo when v is its last.
func (b *rowBuilder) setField(row *roster.Row, f roster.Field, v string) {
	m := &b.memo[f]
	if !m.set || v != m.raw {
		*m = fieldMemo{raw: v, set: true}
		m.value, m.removed = importField(f, v)
	}
	row.Values[f] = m.value
	row.SetRemoved(f, m.removed)
}

// countTitle notes the role value v for the notice of job titles read
// as teacher (Import.countTitle), at once when v is the role's last and
// was no title.
func (b *rowBuilder) countTitle(v string) {
	m := &b.memo[roster.Role]
	if m.set && v == m.raw && m.notTitle {
		return
	}
	counted := b.imp.countTitle(v)
	if m.set && v == m.raw {
		m.notTitle = !counted
	}
}
