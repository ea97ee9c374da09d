package check

import "rosterdesk/internal/roster"

// addrRows lists the rows of each address. Nearly every address is on
// one row, so that row is kept in one, an entry of 24 bytes, and only an
// address on several rows has a set of them in many.
type addrRows struct {
	one  map[string]roster.RowID
	many map[string]map[roster.RowID]struct{}
}

// newAddrRows returns the lists, with room for about rows addresses.
func newAddrRows(rows int) addrRows {
	return addrRows{one: make(map[string]roster.RowID, rows), many: map[string]map[roster.RowID]struct{}{}}
}

// len returns how many rows have the address.
func (a *addrRows) len(addr string) int {
	if m, ok := a.many[addr]; ok {
		return len(m)
	}
	if _, ok := a.one[addr]; ok {
		return 1
	}
	return 0
}

// only returns the row of an address on one row.
func (a *addrRows) only(addr string) roster.RowID {
	for id := range a.many[addr] {
		return id
	}
	return a.one[addr]
}

// add puts row id under addr; adding it again changes nothing.
func (a *addrRows) add(addr string, id roster.RowID) {
	if m, ok := a.many[addr]; ok {
		m[id] = struct{}{}
		return
	}
	if other, ok := a.one[addr]; ok && other != id {
		delete(a.one, addr)
		a.many[addr] = map[roster.RowID]struct{}{other: {}, id: {}}
		return
	}
	a.one[addr] = id
}

// addCounting is add, returning how many rows had the address before
// and, when that was one, its row: len, only and add in fewer map
// operations, for a row added to a large list.
func (a *addrRows) addCounting(addr string, id roster.RowID) (before int, only roster.RowID) {
	if len(a.many) > 0 {
		if m, ok := a.many[addr]; ok {
			before = len(m)
			m[id] = struct{}{}
			return before, 0
		}
	}
	if other, ok := a.one[addr]; ok {
		if other != id {
			delete(a.one, addr)
			a.many[addr] = map[roster.RowID]struct{}{other: {}, id: {}}
		}
		return 1, other
	}
	a.one[addr] = id
	return 0, 0
}

// remove takes row id from under addr and returns how many rows are
// left there.
func (a *addrRows) remove(addr string, id roster.RowID) int {
	if m, ok := a.many[addr]; ok {
		delete(m, id)
		if len(m) > 1 {
			return len(m)
		}
		delete(a.many, addr)
		for other := range m {
			a.one[addr] = other
		}
		return len(m)
	}
	if other, ok := a.one[addr]; ok && other == id {
		delete(a.one, addr)
	}
	return a.len(addr)
}
