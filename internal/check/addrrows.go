package check

import "rosterdesk/internal/roster"

// addrRows lists the rows of each address. Nearly every address is on
// one row, so that row is kept in one, by the address's id in keys, and
// only an address on several rows has a set of them in many. Neither
// keys nor one holds a pointer for the collector to follow.
type addrRows struct {
	keys keyTable
	one  []roster.RowID
	many map[uint32]map[roster.RowID]struct{}
}

// newAddrRows returns the lists, with room for about rows addresses.
func newAddrRows(rows int) addrRows {
	return addrRows{keys: newKeyTable(rows), one: make([]roster.RowID, 0, rows), many: map[uint32]map[roster.RowID]struct{}{}}
}

// len returns how many rows have the address.
func (a *addrRows) len(addr string) int {
	kid, ok := a.keys.find(addr)
	if !ok {
		return 0
	}
	if m, ok := a.many[kid]; ok {
		return len(m)
	}
	return 1
}

// only returns the row of an address on one row.
func (a *addrRows) only(addr string) roster.RowID {
	kid, ok := a.keys.find(addr)
	if !ok {
		return 0
	}
	for id := range a.many[kid] {
		return id
	}
	return a.one[kid]
}

// add puts row id under addr; adding it again changes nothing.
func (a *addrRows) add(addr string, id roster.RowID) { a.addCounting(addr, id) }

// addCounting is add, returning how many rows had the address before
// and, when that was one, its row: len, only and add in one lookup,
// for a row added to a large list.
func (a *addrRows) addCounting(addr string, id roster.RowID) (before int, only roster.RowID) {
	kid, added := a.keys.insert(addr)
	if added {
		if int(kid) == len(a.one) {
			a.one = append(a.one, 0)
		}
		a.one[kid] = id
		return 0, 0
	}
	if len(a.many) > 0 {
		if m, ok := a.many[kid]; ok {
			before = len(m)
			m[id] = struct{}{}
			return before, 0
		}
	}
	if other := a.one[kid]; other != id {
		a.many[kid] = map[roster.RowID]struct{}{other: {}, id: {}}
	}
	return 1, a.one[kid]
}

// remove takes row id from under addr and returns how many rows are
// left there.
func (a *addrRows) remove(addr string, id roster.RowID) int {
	kid, ok := a.keys.find(addr)
	if !ok {
		return 0
	}
	if m, ok := a.many[kid]; ok {
		delete(m, id)
		if len(m) > 1 {
			return len(m)
		}
		delete(a.many, kid)
		for other := range m {
			a.one[kid] = other
		}
		return len(m)
	}
	if a.one[kid] != id {
		return 1
	}
	a.keys.release(kid)
	return 0
}
