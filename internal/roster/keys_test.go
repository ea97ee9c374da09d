package roster

import (
	"strings"
	"testing"
)

// FuzzTidy holds the fast test of needsTidy to the plain definition.
func FuzzTidy(f *testing.F) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\u00a0b", "å ä", "a\u2003", "\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(s), " ")
		if got := Tidy(s); got != want {
			t.Fatalf("Tidy(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestNeedsTidyFast holds the eight-bytes-at-a-time test of needsTidy to
// the plain definition, at every place in a word: it fails if a word of
// plain bytes hides a space, a control byte or a character outside ASCII.
func TestNeedsTidyFast(t *testing.T) {
	marks := []string{" ", "  ", "\t", "\x00", "\x1f", "\u00a0", "\u0085", "\u2003", "\u3000", "ä", "a\u0308", "\xff", "!", "~", "\x7f"}
	for _, m := range marks {
		for n := 0; n <= 20; n++ {
			for _, s := range []string{
				strings.Repeat("x", n) + m + strings.Repeat("y", 20-n),
				strings.Repeat("x", n) + m,
				m + strings.Repeat("y", n),
				strings.Repeat("x", n) + " " + m + " " + strings.Repeat("y", n),
			} {
				want := strings.Join(strings.Fields(s), " ") != s
				if got := needsTidy(s); got != want {
					t.Errorf("needsTidy(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// TestNeedsTidyEveryByte holds needsTidy's table of plain bytes to the
// plain definition: each byte alone, between letters, doubled and at
// either end of a short value.
func TestNeedsTidyEveryByte(t *testing.T) {
	for c := range 256 {
		m := string([]byte{byte(c)})
		for _, s := range []string{m, "a" + m + "b", "ab" + m + m + "c", m + "abc", "abc" + m, "a " + m + "b"} {
			want := strings.Join(strings.Fields(s), " ") != s
			if got := needsTidy(s); got != want {
				t.Errorf("needsTidy(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

func TestKeys(t *testing.T) {
	for _, tc := range []struct {
		key  func(string) string
		a, b string
		same bool
	}{
		{EmailKey, "Anna.Berg@Skola.se", " anna.berg@skola.se ", true},
		{EmailKey, "anna  berg@skola.se", "anna berg@skola.se", true},
		{EmailKey, "anna.berg@skola.se", "anna.berg2@skola.se", false},
		{SchoolKey, "Ekbackens  skola", "ekbackens skola", true},
		{SchoolKey, "Källbäcksskolan", "Kallbacksskolan", false},
		{NameKey, "ÖBERG", "öberg", true},
		{NameKey, "Öberg", "Oberg", false},
		{SSOIDKey, " abc1 ", "abc1", true},
		{SSOIDKey, "ABC1", "abc1", false},
	} {
		if got := tc.key(tc.a) == tc.key(tc.b); got != tc.same {
			t.Errorf("%q and %q: same %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}
