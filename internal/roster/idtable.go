package roster

import "slices"

// IDTable maps row ids to values, for the indexes and per-row records
// that the layers above keep of a roster's rows (the checker's, the
// editor's). Ids are small numbers that a roster counts up
// from 1, so the values are kept in a slice indexed by id: a value's size
// per row, where a map takes about three times that and grows in steps
// that double it for a moment (a million rows: 9 MB for a pointer each,
// against 40 MB in a map). An id far beyond the others (a damaged
// recovery file may name any) goes to a map instead of stretching the
// slice. The zero IDTable is empty and ready to use.
type IDTable[V any] struct {
	vals []V
	has  []bool
	far  map[RowID]V
	n    int
}

// NewIDTable returns a table with room in its slice for ids up to rows,
// as a roster of that many rows numbers them, in any order.
func NewIDTable[V any](rows int) IDTable[V] {
	return IDTable[V]{vals: make([]V, rows+1), has: make([]bool, rows+1)}
}

// Reserve makes room in the slice for ids up to rows.
func (t *IDTable[V]) Reserve(rows int) {
	if n := rows + 1 - len(t.vals); n > 0 {
		t.vals = slices.Grow(t.vals, n)
		t.has = slices.Grow(t.has, n)
	}
}

// Room returns how many ids the slice has room for, ids far beyond them
// aside.
func (t *IDTable[V]) Room() int { return cap(t.vals) }

// Get returns the value of id and whether id has one.
func (t *IDTable[V]) Get(id RowID) (V, bool) {
	if id < RowID(len(t.vals)) {
		return t.vals[id], t.has[id]
	}
	v, ok := t.far[id]
	return v, ok
}

// At returns the value of id, or the zero value.
func (t *IDTable[V]) At(id RowID) V {
	v, _ := t.Get(id)
	return v
}

// Set gives id the value v.
func (t *IDTable[V]) Set(id RowID, v V) {
	if id >= RowID(len(t.vals)) && !t.near(id) {
		if t.far == nil {
			t.far = make(map[RowID]V)
		}
		if _, ok := t.far[id]; !ok {
			t.n++
		}
		t.far[id] = v
		return
	}
	for id >= RowID(len(t.vals)) {
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
func (t *IDTable[V]) near(id RowID) bool {
	return uint64(id) <= 2*uint64(len(t.vals))+4096
}

// Remove drops the value of id, if any.
func (t *IDTable[V]) Remove(id RowID) {
	if id < RowID(len(t.vals)) {
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

// Len returns how many ids have a value.
func (t *IDTable[V]) Len() int { return t.n }
