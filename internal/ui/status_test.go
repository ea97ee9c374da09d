package ui

import "testing"

func TestCountsSayOneAndMany(t *testing.T) {
	for n, want := range map[int]string{0: "0 errors", 1: "1 error", 2: "2 errors"} {
		if got := countErrors(n); got != want {
			t.Errorf("countErrors(%d) = %q", n, got)
		}
	}
	if got := count(1, "one row", "%d rows"); got != "one row" {
		t.Errorf("count = %q", got)
	}
}
