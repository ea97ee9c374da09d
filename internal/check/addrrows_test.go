package check

import (
	"fmt"
	"math/rand/v2"
	"reflect"
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
	if rest := a.remove("x@s.se", 2); rest != 0 || a.len("x@s.se") != 0 || len(a.one)+len(a.many) != 0 {
		t.Fatalf("%d left after the last, tables %d+%d", rest, len(a.one), len(a.many))
	}
}

// TestAddCountingIsLenOnlyAdd holds addCounting to len, only and add, as
// the pattern rule asked them before, over random adds and removes.
func TestAddCountingIsLenOnlyAdd(t *testing.T) {
	a, b := newAddrRows(0), newAddrRows(0)
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 20000 {
		addr, id := fmt.Sprint("x", rng.IntN(4), "@s.se"), roster.RowID(1+rng.IntN(6))
		if rng.IntN(3) == 0 {
			if got, want := a.remove(addr, id), b.remove(addr, id); got != want {
				t.Fatalf("step %d: remove %d, want %d", i, got, want)
			}
			continue
		}
		want, wantOnly := b.len(addr), roster.RowID(0)
		if want == 1 {
			wantOnly = b.only(addr)
		}
		b.add(addr, id)
		got, only := a.addCounting(addr, id)
		if got != want || (want == 1 && only != wantOnly) {
			t.Fatalf("step %d: addCounting(%q, %d) = %d, %d; want %d, %d", i, addr, id, got, only, want, wantOnly)
		}
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("step %d: tables %v, want %v", i, a, b)
		}
	}
}
