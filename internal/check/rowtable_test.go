package check

import (
	"testing"

	"rosterdesk/internal/roster"
)

// TestRowTable checks the table against a map: near and far ids, a value
// that is the zero value (a checked row with no problems) kept apart from
// no value, and removal.
func TestRowTable(t *testing.T) {
	table := newRowTable[[]Problem](2)
	want := map[roster.RowID][]Problem{}
	one := []Problem{{Code: CodeMissing}}
	steps := []struct {
		id     roster.RowID
		v      []Problem
		remove bool
	}{
		{id: 1, v: one}, {id: 2}, {id: 3, v: one}, {id: 900, v: one}, {id: 1 << 40, v: one},
		{id: 1 << 40}, {id: 2, remove: true}, {id: 1 << 40, remove: true}, {id: 77, remove: true},
		{id: 5000}, {id: 1 << 50, v: one},
	}
	for i, s := range steps {
		if s.remove {
			table.remove(s.id)
			delete(want, s.id)
		} else {
			table.set(s.id, s.v)
			want[s.id] = s.v
		}
		if table.len() != len(want) {
			t.Fatalf("step %d: len %d, want %d", i, table.len(), len(want))
		}
		for _, id := range []roster.RowID{0, 1, 2, 3, 4, 77, 900, 5000, 1 << 40, 1 << 50} {
			got, ok := table.get(id)
			w, wok := want[id]
			if ok != wok || len(got) != len(w) {
				t.Fatalf("step %d: get(%d) = %v, %v; want %v, %v", i, id, got, ok, w, wok)
			}
		}
	}
	if len(table.vals) > 10_000 {
		t.Errorf("far ids stretched the slice to %d", len(table.vals))
	}
}
