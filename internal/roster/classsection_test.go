package roster

import "testing"

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
