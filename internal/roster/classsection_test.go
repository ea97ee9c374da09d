package roster

import (
	"strings"
	"testing"
	"unicode"
)

func TestSectionOnly(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"A", true}, {"b", true}, {" B ", true}, {"Blå", true}, {"ÄÖ", true}, {"Gul", true},
		// Förskoleklass and Finnish pre-school: no grade number, not a section.
		{"F", false}, {"f", false}, {"FA", false}, {"Fb", false}, {"Fsk", false}, {"FskA", false},
		{"Fsk B", false}, {"Förskoleklass", false}, {"förskoleklass A", false}, {"Esiopetus", false},
		{"Eskari", false},
		// With a grade, a number, or more than one word.
		{"9A", false}, {"9", false}, {"7-9 Särskola", false}, {"Blå gruppen", false}, {"A1", false},
		{"", false}, {"  ", false}, {"A-B", false},
	}
	for _, tt := range tests {
		if got := SectionOnly(tt.in); got != tt.want {
			t.Errorf("SectionOnly(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// preschoolSlow is Preschool as first written, lower-casing every value:
// the reference for its quick refusal.
func preschoolSlow(s string) bool {
	lower := strings.ToLower(strings.TrimSpace(s))
	if lower == "f" || (len(lower) == 2 && lower[0] == 'f' && lower[1] >= 'a' && lower[1] <= 'z') {
		return true
	}
	for _, prefix := range []string{"fsk", "förskole", "forskole", "esi", "eskari"} {
		if strings.HasPrefix(lower, prefix) {
			return true
		}
	}
	return false
}

func TestPreschool(t *testing.T) {
	for _, s := range []string{"", " ", "F", "f", " F ", "FA", "Fb", "F1", "Fsk", "FSK A", "Förskoleklass", "FÖRSKOLEKLASS",
		"forskoleklass", "Esi", "ESIOPETUS", "Eskari", "eskari 2", "E", "9A", "Fritids", "\u212aF", "\u00a0F", "\u0130",
		"\xff", "Åk F", "fa", "FAB", "Ef", "e"} {
		if got, want := Preschool(s), preschoolSlow(s); got != want {
			t.Errorf("Preschool(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{"F", "FA", "Fsk", "Förskoleklass", "Esi", "Eskari"} {
		if !Preschool(s) {
			t.Errorf("Preschool(%q) = false, want true", s)
		}
	}
}

// TestPreschoolFirstLetter holds the ground of Preschool's quick
// refusal: no character but F and E is f or e in small letters.
func TestPreschoolFirstLetter(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); (l == 'f' || l == 'e') && r != 'F' && r != 'E' && r != l {
			t.Errorf("%U is %q in small letters", r, l)
		}
	}
}
