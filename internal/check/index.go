package check

import "rosterdesk/internal/roster"

// groupIndex groups the checked rows by a key drawn from the row, so that
// rules about rows sharing a value (the same email twice, the file's main
// municipality) cost O(1) per edit. The key may combine several fields
// (a school and a name, for "the same person twice in a school").
type groupIndex struct {
	key func(*roster.Row) string
	// groups maps a key to the number of rows that have it; rows with an
	// empty key are not indexed. The rules ask only how many rows share
	// a key, so a count is kept, not the rows: a list's one municipality
	// is on every row, and a set of a million ids would be 40 MB.
	groups map[string]int
	// keyOf remembers each indexed row's key, so that a row can be
	// forgotten after its value changed.
	keyOf rowTable[string]
	// shared counts the rows whose group has more than one row.
	shared int
}

// newGroupIndex makes an index for about rows rows and keys keys, sized
// up front so that checking a large roster does not grow the maps.
func newGroupIndex(key func(*roster.Row) string, rows, keys int) *groupIndex {
	return &groupIndex{key: key,
		groups: make(map[string]int, keys),
		keyOf:  newRowTable[string](rows)}
}

// add indexes a row under its current key and returns the key ("" when
// the row is not indexed).
func (x *groupIndex) add(row *roster.Row) string { return x.addKey(row.ID, x.key(row)) }

// addKey indexes row id under key k, which the caller worked out with the
// index's key function, and returns k.
func (x *groupIndex) addKey(id roster.RowID, k string) string {
	if k == "" {
		return ""
	}
	g := x.groups[k] + 1
	x.groups[k] = g
	x.keyOf.set(id, k)
	switch g {
	case 1:
	case 2:
		x.shared += 2
	default:
		x.shared++
	}
	return k
}

// addKeyBulk is addKey for a bulk of new rows, with one map operation
// where addKey has two: it leaves shared behind, to be worked out once
// by recount when the bulk is in. Nothing but shared is behind in
// between.
func (x *groupIndex) addKeyBulk(id roster.RowID, k string) string {
	if k == "" {
		return ""
	}
	x.groups[k]++
	x.keyOf.set(id, k)
	return k
}

// recount works out shared from the groups, after addKeyBulk: each group
// of two rows or more counts all its rows, as addKey counts them.
func (x *groupIndex) recount() {
	x.shared = 0
	for _, g := range x.groups {
		if g > 1 {
			x.shared += g
		}
	}
}

// remove takes a row out of the index, whatever its value is now, and
// returns the key it had ("" when it was not indexed).
func (x *groupIndex) remove(id roster.RowID) string {
	k, ok := x.keyOf.get(id)
	if !ok {
		return ""
	}
	x.keyOf.remove(id)
	g := x.groups[k] - 1
	x.groups[k] = g
	switch g {
	case 0:
		delete(x.groups, k)
	case 1:
		x.shared -= 2
	default:
		x.shared--
	}
	return k
}

// size returns how many rows share the row's key (0 when not indexed).
func (x *groupIndex) size(id roster.RowID) int {
	k, ok := x.keyOf.get(id)
	if !ok {
		return 0
	}
	return x.groups[k]
}

// counts yields the number of rows of each key.
func (x *groupIndex) counts(yield func(string, int) bool) {
	for k, g := range x.groups {
		if !yield(k, g) {
			return
		}
	}
}
