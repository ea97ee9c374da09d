package editor

import (
	"bytes"
	"fmt"
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"rosterdesk/internal/roster"
)

// newCollator orders text as a Swedish or Finnish reader expects: å, ä, ö
// after z, case ignored, numbers by value so that 9A comes before 10A.
func newCollator() *collate.Collator {
	return collate.New(language.Swedish, collate.IgnoreCase, collate.Numeric)
}

// Sort orders the rows by column c, ascending or descending, keeping the
// order of equal rows; empty cells go last either way. It is an edit: undo
// brings the old order back.
func (d *Document) Sort(c Column, descending bool) {
	type keyed struct {
		row   *roster.Row
		key   []byte
		empty bool
	}
	coll := newCollator()
	var buf collate.Buffer
	keys := make([]keyed, len(d.roster.Rows))
	for i, row := range d.roster.Rows {
		v := CellValue(row, c)
		if c == FieldColumn(roster.Class) {
			v = roster.ParseClass(v).Canonical
		}
		keys[i] = keyed{row: row, key: bytes.Clone(coll.KeyFromString(&buf, v)), empty: v == ""}
		buf.Reset()
	}
	slices.SortStableFunc(keys, func(a, b keyed) int {
		if a.empty != b.empty {
			if a.empty {
				return 1
			}
			return -1
		}
		if descending {
			return bytes.Compare(b.key, a.key)
		}
		return bytes.Compare(a.key, b.key)
	})
	after := make([]*roster.Row, len(keys))
	for i, k := range keys {
		after[i] = k.row
	}
	if slices.Equal(after, d.roster.Rows) {
		return
	}
	before := slices.Clone(d.roster.Rows)
	d.do(fmt.Sprintf("Sort by %s", d.ColumnName(c)), []change{reorder{before: before, after: after}})
}
