package check

import "rosterdesk/internal/roster"

// groupIndex groups the checked rows by a key drawn from one field, so
// that rules about rows sharing a value (the same email twice, the file's
// main municipality) cost O(1) per edit. Later rules of that kind (a school
// spelt two ways, a name twice in a school) add further indexes.
type groupIndex struct {
	field roster.Field
	key   func(string) string
	// groups maps a key to the rows that have it; rows with an empty key
	// are not indexed.
	groups map[string]map[roster.RowID]struct{}
	// keyOf remembers each indexed row's key, so that a row can be
	// forgotten after its value changed.
	keyOf map[roster.RowID]string
	// shared counts the rows whose group has more than one row.
	shared int
}

func newGroupIndex(field roster.Field, key func(string) string) *groupIndex {
	return &groupIndex{field: field, key: key,
		groups: make(map[string]map[roster.RowID]struct{}),
		keyOf:  make(map[roster.RowID]string)}
}

// add indexes a row under its current value.
func (x *groupIndex) add(row *roster.Row) {
	k := x.key(row.Values[x.field])
	if k == "" {
		return
	}
	g := x.groups[k]
	if g == nil {
		g = make(map[roster.RowID]struct{}, 1)
		x.groups[k] = g
	}
	g[row.ID] = struct{}{}
	x.keyOf[row.ID] = k
	switch len(g) {
	case 1:
	case 2:
		x.shared += 2
	default:
		x.shared++
	}
}

// remove takes a row out of the index, whatever its value is now.
func (x *groupIndex) remove(id roster.RowID) {
	k, ok := x.keyOf[id]
	if !ok {
		return
	}
	delete(x.keyOf, id)
	g := x.groups[k]
	delete(g, id)
	switch len(g) {
	case 0:
		delete(x.groups, k)
	case 1:
		x.shared -= 2
	default:
		x.shared--
	}
}

// size returns how many rows share the row's key (0 when not indexed).
func (x *groupIndex) size(id roster.RowID) int {
	k, ok := x.keyOf[id]
	if !ok {
		return 0
	}
	return len(x.groups[k])
}

// counts yields the number of rows of each key.
func (x *groupIndex) counts(yield func(string, int) bool) {
	for k, g := range x.groups {
		if !yield(k, len(g)) {
			return
		}
	}
}
