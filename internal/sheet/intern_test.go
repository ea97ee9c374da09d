package sheet

import (
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"rosterdesk/internal/roster"
)

// TestInternerSharesEqualValues checks that equal values of a column come
// back as one string, equal to what went in, and that a column stops
// adding values at its limit but still finds those it holds.
func TestInternerSharesEqualValues(t *testing.T) {
	var in interner
	a := in.of(2, strings.Clone("Ekskolan"))
	b := in.of(2, strings.Clone("Ekskolan"))
	if a != "Ekskolan" || unsafe.StringData(a) != unsafe.StringData(b) {
		t.Errorf("equal values not shared: %q %q", a, b)
	}
	if c := in.of(3, "Ekskolan"); unsafe.StringData(c) == unsafe.StringData(a) {
		t.Error("columns share a table")
	}
	long := strings.Repeat("x", internMaxLen+1)
	if got := in.of(2, long); unsafe.StringData(got) != unsafe.StringData(long) {
		t.Error("a long value was copied")
	}
	for i := range internLimit + 10 {
		v := strconv.Itoa(i)
		if got := in.of(5, v); got != v {
			t.Fatalf("of(%q) = %q", v, got)
		}
	}
	if n := len(in.columns[5].m); n != internLimit {
		t.Errorf("column holds %d values, limit %d", n, internLimit)
	}
	first := in.of(5, "0")
	if again := in.of(5, strings.Clone("0")); unsafe.StringData(again) != unsafe.StringData(first) {
		t.Error("a held value not found once the column was full")
	}
}

// TestInternerTurnsOff checks that a full column whose values are seldom
// found stops being looked up, still giving each value back equal, and
// that one whose values repeat goes on sharing them.
func TestInternerTurnsOff(t *testing.T) {
	var in interner
	for i := range internLimit + internProbe {
		v := "id" + strconv.Itoa(i)
		if got := in.of(1, v); got != v {
			t.Fatalf("of(%q) = %q", v, got)
		}
		w := strconv.Itoa(i % (internLimit + 5))
		if got := in.of(2, w); got != w {
			t.Fatalf("of(%q) = %q", w, got)
		}
		// The same value again, a copy: found without a lookup.
		if got := in.of(2, strings.Clone(w)); unsafe.StringData(got) != unsafe.StringData(in.columns[2].last) {
			t.Fatalf("of(%q) twice not shared", w)
		}
	}
	if !in.columns[1].off || in.columns[1].m != nil {
		t.Error("a column of unique values is still looked up")
	}
	if in.columns[2].off {
		t.Error("a column of repeated values was turned off")
	}
	again := in.of(2, strings.Clone("7"))
	if again != "7" || unsafe.StringData(again) != unsafe.StringData(in.of(2, strings.Clone("7"))) {
		t.Error("a repeated value not shared")
	}
}

// TestReadSharesRepeatedValues reads a list whose rows share a school and
// a municipality: the rows hold one string of each, and a new value given
// to one row's cell leaves the others as they were.
func TestReadSharesRepeatedValues(t *testing.T) {
	text := "Email;FirstName;LastName;Class;School;Municipality;Role;SSOID;Note\r\n" +
		"a.b@x.se;A;B;9A;Ekskolan;Borås;student;1;Kör\r\n" +
		"c.d@x.se;C;D;9A;Ekskolan;Borås;student;2;Kör\r\n" +
		"e.f@x.se;E;F;9B;Ekskolan;Borås;student;3;Kör\r\n"
	imp, err := ReadCSV(strings.NewReader(text), "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	rows := imp.Roster.Rows
	if len(rows) != 3 || len(rows[0].Extra) != 1 {
		t.Fatalf("%d rows, extra %q", len(rows), rows[0].Extra)
	}
	same := func(a, b string) bool { return unsafe.StringData(a) == unsafe.StringData(b) }
	for _, f := range []roster.Field{roster.School, roster.Municipality, roster.Class, roster.Role} {
		if !same(rows[0].Values[f], rows[1].Values[f]) {
			t.Errorf("%s not shared", f)
		}
	}
	if !same(rows[0].Extra[0], rows[2].Extra[0]) {
		t.Error("extra column not shared")
	}
	rows[1].Values[roster.School] = "Norrskolan"
	if rows[0].Values[roster.School] != "Ekskolan" || rows[2].Values[roster.School] != "Ekskolan" {
		t.Errorf("an edit of one row changed others: %q %q", rows[0].Values[roster.School], rows[2].Values[roster.School])
	}
}
