package ui

import "testing"

func TestShorten(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"Rad 4, Class: kort", 84, "Rad 4, Class: kort"},
		{"åäöåäöåäöå", 10, "åäöåäöåäöå"},
		{"åäöåäöåäöåä", 10, "åäöåäöåäö…"},
		{"one two, three", 10, "one two…"},
	} {
		if got := shorten(c.in, c.n); got != c.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}
