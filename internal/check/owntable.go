package check

import "rosterdesk/internal/roster"

// ownTable holds the problems of each checked row that depend on that row
// alone. Most rows have none, so a row keeps a 4-byte slot, not a slice
// (24 bytes: 20 MB at a million rows), and only the rows with problems
// have a list in lists.
type ownTable struct {
	// slot is, for each checked row, 0 when it has no problem of its
	// own, otherwise 1 + the place of its problems in lists.
	slot roster.IDTable[uint32]
	// lists holds the problems of the rows that have any; free lists
	// the places in it that no row uses any longer, for the next row
	// with problems.
	lists [][]Problem
	free  []uint32
}

func newOwnTable(rows int) ownTable { return ownTable{slot: roster.NewIDTable[uint32](rows)} }

// get returns the row's problems and whether the row is checked.
func (t *ownTable) get(id roster.RowID) ([]Problem, bool) {
	s, ok := t.slot.Get(id)
	if !ok || s == 0 {
		return nil, ok
	}
	return t.lists[s-1], true
}

// set records a checked row's problems (none: nil).
func (t *ownTable) set(id roster.RowID, problems []Problem) {
	t.remove(id)
	t.slot.Set(id, t.place(problems))
}

// place stores problems in lists and returns their slot; 0 for none.
func (t *ownTable) place(problems []Problem) uint32 {
	if len(problems) == 0 {
		return 0
	}
	if n := len(t.free); n > 0 {
		s := t.free[n-1]
		t.free = t.free[:n-1]
		t.lists[s-1] = problems
		return s
	}
	t.lists = append(t.lists, problems)
	return uint32(len(t.lists))
}

// remove forgets a row, checked or not.
func (t *ownTable) remove(id roster.RowID) {
	s, ok := t.slot.Get(id)
	if !ok {
		return
	}
	if s > 0 {
		t.lists[s-1] = nil
		t.free = append(t.free, s)
	}
	t.slot.Remove(id)
}
