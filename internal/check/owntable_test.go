package check

import (
	"testing"

	"rosterdesk/internal/roster"
)

// TestOwnTableKeepsEachRowsProblems sets, replaces and removes rows'
// problems, and checks that a place given up is taken by the next row
// with problems without touching the others.
func TestOwnTableKeepsEachRowsProblems(t *testing.T) {
	table := newOwnTable(4)
	a := []Problem{{Row: 1, Code: CodeMissing}}
	b := []Problem{{Row: 2, Code: CodeEmailInvalid}, {Row: 2, Code: CodeWhitespace}}
	table.set(1, a)
	table.set(2, b)
	table.set(3, nil)
	for id, want := range map[roster.RowID]int{1: 1, 2: 2, 3: 0} {
		if got, ok := table.get(id); !ok || len(got) != want {
			t.Errorf("row %d: %d problems, checked %v; want %d", id, len(got), ok, want)
		}
	}
	if _, ok := table.get(4); ok {
		t.Error("row 4 is checked, never set")
	}
	table.remove(1)
	if _, ok := table.get(1); ok {
		t.Error("row 1 is still checked after remove")
	}
	table.set(5, []Problem{{Row: 5, Code: CodeMissing}})
	if len(table.lists) != 2 {
		t.Errorf("%d lists: row 5 did not take the place row 1 gave up", len(table.lists))
	}
	if got, _ := table.get(2); len(got) != 2 || got[0].Row != 2 {
		t.Errorf("row 2 has %v after row 5 came", got)
	}
	table.set(2, nil)
	if got, ok := table.get(2); !ok || got != nil {
		t.Errorf("row 2 set to none: %v, checked %v", got, ok)
	}
}
