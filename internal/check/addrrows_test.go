package check

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"rosterdesk/internal/roster"
)

// TestAddrRowsCountsAnAddressesRows puts rows under an address and takes
// them away again, through one row, several and none.
func TestAddrRowsCountsAnAddressesRows(t *testing.T) {
	a := newAddrRows(0)
	a.add("x@s.se", 1)
	a.add("x@s.se", 1)
	if n, id := a.len("x@s.se"), a.only("x@s.se"); n != 1 || id != 1 {
		t.Fatalf("one row added twice: %d rows, only %d", n, id)
	}
	a.add("x@s.se", 2)
	a.add("x@s.se", 3)
	if n := a.len("x@s.se"); n != 3 {
		t.Fatalf("%d rows, want 3", n)
	}
	if rest := a.remove("x@s.se", 1); rest != 2 {
		t.Fatalf("%d left, want 2", rest)
	}
	if rest := a.remove("x@s.se", 3); rest != 1 || a.only("x@s.se") != 2 {
		t.Fatalf("%d left, only %d; want row 2", rest, a.only("x@s.se"))
	}
	if rest := a.remove("x@s.se", 7); rest != 1 {
		t.Fatalf("removing a row not there left %d", rest)
	}
	if rest := a.remove("x@s.se", 2); rest != 0 || a.len("x@s.se") != 0 || a.keys.len()+len(a.many) != 0 {
		t.Fatalf("%d left after the last, tables %d+%d", rest, a.keys.len(), len(a.many))
	}
}

// refAddrRows is addrRows as it was with Go maps of strings, before
// keyTable: the reference it is compared with.
type refAddrRows struct {
	one  map[string]roster.RowID
	many map[string]map[roster.RowID]struct{}
}

func (a *refAddrRows) len(addr string) int {
	if m, ok := a.many[addr]; ok {
		return len(m)
	}
	if _, ok := a.one[addr]; ok {
		return 1
	}
	return 0
}

func (a *refAddrRows) only(addr string) roster.RowID {
	for id := range a.many[addr] {
		return id
	}
	return a.one[addr]
}

func (a *refAddrRows) add(addr string, id roster.RowID) {
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

func (a *refAddrRows) remove(addr string, id roster.RowID) int {
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

// TestAddrRowsAgainstMaps holds addRows to the map-based reference, and
// addCounting to len, only and add as the pattern rule asked them
// before, over random adds and removes of tricky addresses, with the
// real hash and with ones that make addresses collide.
func TestAddrRowsAgainstMaps(t *testing.T) {
	for name, hash := range keyTableHashes {
		t.Run(name, func(t *testing.T) {
			a := newAddrRows(0)
			a.keys.hash = hash
			b := &refAddrRows{one: map[string]roster.RowID{}, many: map[string]map[roster.RowID]struct{}{}}
			rng := rand.New(rand.NewPCG(3, 4))
			most := 0
			for i := range 20000 {
				addr, id := trickyKeys[rng.IntN(len(trickyKeys))], roster.RowID(1+rng.IntN(6))
				if rng.IntN(3) == 0 {
					addr = fmt.Sprint("x", rng.IntN(40), "@s.se")
				}
				if rng.IntN(3) == 0 {
					if got, want := a.remove(addr, id), b.remove(addr, id); got != want {
						t.Fatalf("step %d: remove %d, want %d", i, got, want)
					}
				} else {
					want, wantOnly := b.len(addr), roster.RowID(0)
					if want == 1 {
						wantOnly = b.only(addr)
					}
					b.add(addr, id)
					got, only := a.addCounting(addr, id)
					if got != want || (want == 1 && only != wantOnly) {
						t.Fatalf("step %d: addCounting(%q, %d) = %d, %d; want %d, %d", i, addr, id, got, only, want, wantOnly)
					}
				}
				for _, k := range trickyKeys {
					n := a.len(k)
					if n != b.len(k) || n == 1 && a.only(k) != b.only(k) {
						t.Fatalf("step %d: %q on %d rows, only %d; want %d, %d", i, k, n, a.only(k), b.len(k), b.only(k))
					}
					most = max(most, n)
				}
				if a.keys.len() != len(b.one)+len(b.many) || len(a.many) != len(b.many) {
					t.Fatalf("step %d: %d addresses, %d on several rows; want %d, %d", i, a.keys.len(), len(a.many), len(b.one)+len(b.many), len(b.many))
				}
			}
			if most < 4 {
				t.Errorf("at most %d rows had an address: the test tries too few", most)
			}
		})
	}
}
