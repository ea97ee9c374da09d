package check

import (
	"slices"

	"rosterdesk/internal/roster"
)

// rowTable maps row ids to values, for the per-row records of the checker
// and its rules. Ids are small numbers that a roster counts up from 1, so
// the values are kept in a slice indexed by id: a value's size per row,
// where a map takes about three times that and grows in steps that
// double it for a moment. An id far beyond the others (a damaged recovery
// file may name any) goes to a map instead of stretching the slice.
type rowTable[V any] struct {
	vals []V
	has  []bool
	far  map[roster.RowID]V
	n    int
}

// newRowTable returns a table with room for ids up to about rows.
func newRowTable[V any](rows int) rowTable[V] {
	return rowTable[V]{vals: make([]V, 0, rows+1), has: make([]bool, 0, rows+1)}
}

// reserve makes room for ids up to about rows.
func (t *rowTable[V]) reserve(rows int) {
	if n := rows + 1 - len(t.vals); n > 0 {
		t.vals = slices.Grow(t.vals, n)
		t.has = slices.Grow(t.has, n)
	}
}

// get returns the value of id and whether id has one.
func (t *rowTable[V]) get(id roster.RowID) (V, bool) {
	if id < roster.RowID(len(t.vals)) {
		return t.vals[id], t.has[id]
	}
	v, ok := t.far[id]
	return v, ok
}

// at returns the value of id, or the zero value.
func (t *rowTable[V]) at(id roster.RowID) V {
	v, _ := t.get(id)
	return v
}

// set gives id the value v.
func (t *rowTable[V]) set(id roster.RowID, v V) {
	if id >= roster.RowID(len(t.vals)) && !t.near(id) {
		if t.far == nil {
			t.far = make(map[roster.RowID]V)
		}
		if _, ok := t.far[id]; !ok {
			t.n++
		}
		t.far[id] = v
		return
	}
	for id >= roster.RowID(len(t.vals)) {
		var zero V
		t.vals = append(t.vals, zero)
		t.has = append(t.has, false)
	}
	if !t.has[id] {
		t.n++
	}
	t.vals[id], t.has[id] = v, true
}

// near reports whether id, beyond the slice, is close enough to grow it
// to: at most twice the ids held so far, and a few thousand more.
func (t *rowTable[V]) near(id roster.RowID) bool {
	return uint64(id) <= 2*uint64(len(t.vals))+4096
}

// remove drops the value of id, if any.
func (t *rowTable[V]) remove(id roster.RowID) {
	if id < roster.RowID(len(t.vals)) {
		if t.has[id] {
			var zero V
			t.vals[id], t.has[id] = zero, false
			t.n--
		}
		return
	}
	if _, ok := t.far[id]; ok {
		delete(t.far, id)
		t.n--
	}
}

// len returns how many ids have a value.
func (t *rowTable[V]) len() int { return t.n }
