package roster

import "testing"

// TestIDTable checks the table against a map: near and far ids, a value
// that is the zero value kept apart from no value, removal, and the zero
// table.
func TestIDTable(t *testing.T) {
	for _, table := range []IDTable[int]{NewIDTable[int](2), {}} {
		want := map[RowID]int{}
		steps := []struct {
			id     RowID
			v      int
			remove bool
		}{
			{id: 1, v: 7}, {id: 2}, {id: 3, v: 7}, {id: 900, v: 7}, {id: 1 << 40, v: 7},
			{id: 1 << 40}, {id: 2, remove: true}, {id: 1 << 40, remove: true}, {id: 77, remove: true},
			{id: 5000}, {id: 1 << 50, v: 7}, {id: 3, v: 8},
		}
		for i, s := range steps {
			if s.remove {
				table.Remove(s.id)
				delete(want, s.id)
			} else {
				table.Set(s.id, s.v)
				want[s.id] = s.v
			}
			if table.Len() != len(want) {
				t.Fatalf("step %d: Len %d, want %d", i, table.Len(), len(want))
			}
			for _, id := range []RowID{0, 1, 2, 3, 4, 77, 900, 5000, 1 << 40, 1 << 50} {
				got, ok := table.Get(id)
				w, wok := want[id]
				if ok != wok || got != w || table.At(id) != w {
					t.Fatalf("step %d: Get(%d) = %v, %v; want %v, %v", i, id, got, ok, w, wok)
				}
			}
		}
		if len(table.vals) > 10_000 {
			t.Errorf("far ids stretched the slice to %d", len(table.vals))
		}
	}
}

// A table made for n rows holds ids 1 to n in its slice in any order (a
// sorted list sets them out of order), with no map beside it.
func TestIDTableHoldsItsRowsInTheSlice(t *testing.T) {
	table := NewIDTable[int](1000)
	for id := RowID(1000); id > 0; id-- {
		table.Set(id, int(id))
	}
	if table.far != nil || len(table.vals) != 1001 || table.Len() != 1000 || table.At(1) != 1 || table.At(1000) != 1000 {
		t.Errorf("far %v, slice %d, Len %d", table.far, len(table.vals), table.Len())
	}
}

// An empty table given room holds the ids it was given room for in its
// slice, and has room for none before.
func TestIDTableReserve(t *testing.T) {
	var table IDTable[string]
	if table.Room() != 0 {
		t.Fatalf("the zero table has room for %d", table.Room())
	}
	table.Reserve(500)
	if table.Room() < 501 {
		t.Fatalf("room for %d ids after Reserve(500)", table.Room())
	}
	for id := RowID(500); id > 0; id-- {
		table.Set(id, "x")
	}
	if table.far != nil || table.Len() != 500 || table.Room() > 1000 {
		t.Errorf("far %v, Len %d, room %d", table.far, table.Len(), table.Room())
	}
}
