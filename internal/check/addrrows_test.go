package check

import "testing"

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
