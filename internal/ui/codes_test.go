package ui

import (
	"strings"
	"testing"

	"rosterdesk/internal/check"
)

func TestEveryCodeHeadsItsGroupWithItsTitle(t *testing.T) {
	for _, c := range check.Codes() {
		got := codeTitle(c)
		if got == "" || got == string(c) || strings.Contains(got, "("+string(c)+")") {
			t.Errorf("codeTitle(%s) = %q, want its title, not the code", c, got)
		}
	}
}
