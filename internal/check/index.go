package check

import "rosterdesk/internal/roster"

// groupIndex groups the checked rows by a key drawn from the row, so that
// rules about rows sharing a value (the same email twice, the file's main
// municipality) cost O(1) per edit. The key may combine several fields
// (a school and a name, for "the same person twice in a school").
type groupIndex struct {
	key func(*roster.Row) string
	// keys numbers the keys of the indexed rows, and rows counts the rows
	// of each key by its id; rows with an empty key are not indexed. The
	// rules ask only how many rows share a key, so a count is kept, not
	// the rows: a list's one municipality is on every row, and a set of a
	// million ids would be 40 MB. Neither holds a pointer: the collector
	// has nothing to look at in them, where a map of a million string keys
	// is a million pointers to follow on every cycle.
	keys keyTable
	rows []int32
	// keyOf remembers each indexed row's key id, so that a row can be
	// forgotten after its value changed.
	keyOf roster.IDTable[uint32]
	// shared counts the rows whose group has more than one row.
	shared int
}

// newGroupIndex makes an index for about rows rows and keys keys, sized
// up front so that checking a large roster does not grow the tables.
func newGroupIndex(key func(*roster.Row) string, rows, keys int) *groupIndex {
	return &groupIndex{key: key,
		keys:  newKeyTable(keys),
		rows:  make([]int32, 0, keys),
		keyOf: roster.NewIDTable[uint32](rows)}
}

// reserve makes room for keys more keys of bytes bytes in all, and for
// rows ids up to about rows.
func (x *groupIndex) reserve(keys, bytes, rows int) {
	x.keys.reserve(keys, bytes)
	x.keyOf.Reserve(rows)
	if need := len(x.rows) + keys; need > cap(x.rows) {
		x.rows = append(make([]int32, 0, need), x.rows...)
	}
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
	switch x.count(x.insert(id, k)) {
	case 1:
	case 2:
		x.shared += 2
	default:
		x.shared++
	}
	return k
}

// insert counts row id under key k and returns k's id.
func (x *groupIndex) insert(id roster.RowID, k string) uint32 {
	kid, added := x.keys.insert(k)
	if added && int(kid) == len(x.rows) {
		x.rows = append(x.rows, 0)
	}
	x.rows[kid]++
	x.keyOf.Set(id, kid)
	return kid
}

// count returns the rows of key id kid.
func (x *groupIndex) count(kid uint32) int { return int(x.rows[kid]) }

// addKeyBulk is addKey for a bulk of new rows: it leaves shared behind,
// to be worked out once by recount when the bulk is in. Nothing but
// shared is behind in between.
func (x *groupIndex) addKeyBulk(id roster.RowID, k string) string {
	if k == "" {
		return ""
	}
	x.insert(id, k)
	return k
}

// recount works out shared from the groups, after addKeyBulk: each group
// of two rows or more counts all its rows, as addKey counts them.
func (x *groupIndex) recount() {
	x.shared = 0
	for kid := range x.keys.each {
		if g := x.rows[kid]; g > 1 {
			x.shared += int(g)
		}
	}
}

// remove takes a row out of the index, whatever its value is now, and
// returns the key it had ("" when it was not indexed).
func (x *groupIndex) remove(id roster.RowID) string {
	kid, ok := x.keyOf.Get(id)
	if !ok {
		return ""
	}
	k := x.keys.key(kid)
	x.keyOf.Remove(id)
	g := x.rows[kid] - 1
	x.rows[kid] = g
	switch g {
	case 0:
		x.keys.release(kid)
	case 1:
		x.shared -= 2
	default:
		x.shared--
	}
	return k
}

// size returns how many rows share the row's key (0 when not indexed).
func (x *groupIndex) size(id roster.RowID) int {
	kid, ok := x.keyOf.Get(id)
	if !ok {
		return 0
	}
	return int(x.rows[kid])
}

// rowsOf returns how many rows have key k.
func (x *groupIndex) rowsOf(k string) int {
	if kid, ok := x.keys.find(k); ok {
		return int(x.rows[kid])
	}
	return 0
}

// keyAt returns the key row id is indexed under, and whether it is.
func (x *groupIndex) keyAt(id roster.RowID) (string, bool) {
	kid, ok := x.keyOf.Get(id)
	if !ok {
		return "", false
	}
	return x.keys.key(kid), true
}

// hasKey reports whether row id is indexed under key k.
func (x *groupIndex) hasKey(id roster.RowID, k string) bool {
	kid, ok := x.keyOf.Get(id)
	return ok && x.keys.is(kid, k)
}

// indexed returns how many rows are indexed.
func (x *groupIndex) indexed() int { return x.keyOf.Len() }

// counts yields the number of rows of each key.
func (x *groupIndex) counts(yield func(string, int) bool) {
	for kid := range x.keys.each {
		if !yield(x.keys.key(kid), int(x.rows[kid])) {
			return
		}
	}
}
