package roster

import (
	"strings"
	"testing"
)

// TestFilled holds filled, and so Blank, to strings.TrimSpace on values
// that start with every byte and on white space beyond ASCII.
func TestFilled(t *testing.T) {
	values := []string{"", " ", "\t", "\u00a0", "\u3000", "\u0085", " a", "\u00a0a", "a", "Åsa", "\xff", "\x00", "\x7f", "\u200b"}
	for c := range 256 {
		values = append(values, string([]byte{byte(c)}), string([]byte{byte(c), 'a'}), string([]byte{byte(c), ' '}))
	}
	for _, v := range values {
		if got, want := filled(v), strings.TrimSpace(v) != ""; got != want {
			t.Errorf("filled(%q) = %v, want %v", v, got, want)
		}
		r := &Row{}
		r.Values[Email] = v
		if got, want := r.Blank(), strings.TrimSpace(v) == ""; got != want {
			t.Errorf("a row with only %q: Blank %v, want %v", v, got, want)
		}
	}
}
