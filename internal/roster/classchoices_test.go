package roster

import (
	"slices"
	"testing"
)

func TestClassChoices(t *testing.T) {
	r := New()
	if r.ClassChoicesIndex() != -1 {
		t.Error("a roster without the column finds it")
	}
	r.ExtraColumns = []string{"Grade", ClassChoicesColumn}
	if r.ClassChoicesIndex() != 1 {
		t.Errorf("ClassChoicesIndex = %d, want 1", r.ClassChoicesIndex())
	}
	for v, want := range map[string][]string{
		"8B | 9B":              {"8B", "9B"},
		"9A (Söderskolan)":     {"9A (Söderskolan)"},
		" 7A |  | 7B |":        {"7A", "7B"},
		"":                     nil,
		"9A (S) | 9B (S)":      {"9A (S)", "9B (S)"},
		"Alfa|Beta":            {"Alfa", "Beta"},
		"9A" + ChoiceSeparator: {"9A"},
	} {
		if got := ClassCandidates(v); !slices.Equal(got, want) {
			t.Errorf("ClassCandidates(%q) = %q, want %q", v, got, want)
		}
	}
}
