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
