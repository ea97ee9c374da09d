package roster

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCleanText(t *testing.T) {
	tests := []struct {
		in, want, removed string
	}{
		{"", "", ""},
		{"Anna Berg", "Anna Berg", ""},
		{"Tösen Lind", "Tösen Lind", ""},
		{"Ja\u200b", "Ja", "\u200b"},
		{"\u200b", "", "\u200b"},
		{"\u00ad", "", "\u00ad"},
		{"\u2060", "", "\u2060"},
		{"\u2800", "", "\u2800"},
		{"\ufeff", "", "\ufeff"},
		{"\u3164\u115f\u1160\uffa0", "", "\u3164\u115f\u1160\uffa0"},
		{"Bor\u00adås", "Borås", "\u00ad"},
		// A right-to-left override makes "Anna" look like "annA"; all the
		// direction controls go, embeddings, marks and isolates alike.
		{"\u202eannA\u202c", "annA", "\u202e\u202c"},
		{"\u202a\u202b\u202d\u200e\u200fx\u2066\u2067\u2068\u2069\u061c", "x", "\u202a\u202b\u202d\u200e\u200f\u2066\u2067\u2068\u2069\u061c"},
		{"a\u2061\u2062\u2063\u2064b", "ab", "\u2061\u2062\u2063\u2064"},
		// Each removed character is named once.
		{"\u200bA\u200bB\u200b", "AB", "\u200b"},
		// Joiners stay between letters (Persian, Devanagari with a virama
		// before the joiner), and go elsewhere.
		{"می\u200cخواهم", "می\u200cخواهم", ""},
		{"क्\u200dष", "क्\u200dष", ""},
		{"\u200cAnna", "Anna", "\u200c"},
		{"Anna\u200d", "Anna", "\u200d"},
		{"9\u200dA", "9A", "\u200d"},
		{"Anna \u200d Berg", "Anna  Berg", "\u200d"},
		// Control characters go, but white space stays for the whitespace
		// rule, which reports and tidies it.
		{"An\x00na\x07\x1b\x7f", "Anna", "\x00\x07\x1b\x7f"},
		{"A\u0080B\u009fC", "ABC", "\u0080\u009f"},
		{"Anna\tBerg\r\nLind\v\f\u0085", "Anna\tBerg\r\nLind\v\f\u0085", ""},
		// Visible characters, spaces of other widths and emoji stay.
		{"\u00a0Anna\u3000", "\u00a0Anna\u3000", ""},
		{"😀 👨\u200d👩", "😀 👨👩", "\u200d"},
		{"\ufffd", "\ufffd", ""},
	}
	for _, tc := range tests {
		got, removed := CleanText(tc.in)
		if got != tc.want || removed != tc.removed {
			t.Errorf("CleanText(%+q) = %+q, %+q; want %+q, %+q", tc.in, got, removed, tc.want, tc.removed)
		}
	}
}

func TestCleanTextAllocatesNothingForCleanText(t *testing.T) {
	for _, s := range []string{strings.Repeat("Anna Berg\t9A ", 4), "Tösen Lindqvist, Borås", "می\u200cخواهم"} {
		if n := testing.AllocsPerRun(100, func() { CleanText(s) }); n != 0 {
			t.Errorf("%+q: %v allocations, want 0", s, n)
		}
	}
}

func TestRowRemoved(t *testing.T) {
	r := &Row{}
	if r.Removed(FirstName) != "" || r.Removed(NoField) != "" {
		t.Fatal("a new row has removed characters")
	}
	r.SetRemoved(FirstName, "\u200b")
	c := r.Clone()
	c.SetRemoved(FirstName, "")
	c.SetRemoved(LastName, "\u00ad")
	if r.Removed(FirstName) != "\u200b" || r.Removed(LastName) != "" {
		t.Errorf("changing a clone changed the row: %+q %+q", r.Removed(FirstName), r.Removed(LastName))
	}
	if c.Removed(FirstName) != "" || c.Removed(LastName) != "\u00ad" {
		t.Errorf("clone %+q %+q", c.Removed(FirstName), c.Removed(LastName))
	}
	r.SetRemoved(FirstName, "")
	if r.removed != nil {
		t.Error("a row with nothing removed keeps a record")
	}
	r.SetRemoved(NoField, "x")
	if r.removed != nil {
		t.Error("NoField recorded")
	}
}

func BenchmarkCleanText(b *testing.B) {
	for _, s := range []string{"tova.12@skola.example.se", "Tösen Lindqvist", "Anna\u200bBerg"} {
		b.Run(s, func(b *testing.B) {
			for b.Loop() {
				CleanText(s)
			}
		})
	}
}

func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"Anna", "Ja\u200b", "می\u200cخواهم", "\u202e\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		clean, removed := CleanText(s)
		again, more := CleanText(clean)
		if again != clean || more != "" {
			t.Errorf("cleaning %+q twice changed it again: %+q, removed %+q", s, again, more)
		}
		if utf8.ValidString(s) && len(clean) > len(s) {
			t.Errorf("clean %+q longer than %+q", clean, s)
		}
		if (removed == "") != (clean == s) {
			t.Errorf("%+q: clean %+q, removed %+q", s, clean, removed)
		}
	})
}

// TestCleanTextComposes checks that text written decomposed, as macOS
// and text copied from a PDF may give it ("a" and a combining ring), is
// read composed as Windows writes it, with nothing said removed (tester
// T52: "Lärare" was no role word and "Borås" a misspelling of Borås).
func TestCleanTextComposes(t *testing.T) {
	for _, tc := range [][2]string{
		{"La\u0308rare", "Lärare"},
		{"Bora\u030as", "Borås"},
		{"O\u0308berg\u200b", "Öberg"},
		{"Borås", "Borås"},
		{"plain", "plain"},
	} {
		clean, _ := CleanText(tc[0])
		if clean != tc[1] {
			t.Errorf("CleanText(%q) = %q, want %q", tc[0], clean, tc[1])
		}
	}
	if _, removed := CleanText("La\u0308rare"); removed != "" {
		t.Errorf("composing removed %q", removed)
	}
	if got := HeaderKey("Fo\u0308rnamn"); got != HeaderKey("Förnamn") {
		t.Errorf("HeaderKey of a decomposed header is %q", got)
	}
}
