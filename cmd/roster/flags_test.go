package main

import (
	"strings"
	"testing"
)

// TestFlagErrorsNameTheOptionAsTyped: an option's error names it with
// the two dashes the usage writes, never the flag package's "-map" (A8).
func TestFlagErrorsNameTheOptionAsTyped(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"check", "--map", "x", "a.csv"}, `the option --map does not take the value "x"`},
		{[]string{"check", "-map", "x", "a.csv"}, `the option --map does not take the value "x"`},
		{[]string{"check", "--bogus", "a.csv"}, "there is no option --bogus"},
		{[]string{"check", "a.csv", "--map"}, "the option --map needs a value"},
	}
	for _, tt := range tests {
		code, _, stderr := runRoster(tt.args...)
		first, _, _ := strings.Cut(stderr, "\n")
		if code != exitUnreadable || !strings.Contains(first, tt.want) {
			t.Errorf("%q: exit %d, %q; want exit %d and %q", tt.args, code, first, exitUnreadable, tt.want)
		}
	}
}
