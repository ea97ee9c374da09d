package check

import (
	"testing"

	"rosterdesk/internal/roster"
)

// TestNamedClassProblems: a class value that holds a standard class in
// another form gets class_format with the class as its Fix; one that
// cannot be read as a class gets a warning without a Fix; named classes
// with letters pass (tester T19, T18).
func TestNamedClassProblems(t *testing.T) {
	tests := []struct {
		class, code, fix string
	}{
		{"9B 26/27", "class_format", "9B"},
		{"Rydsskolan 9B", "class_format", "9B"},
		{"9B Mentor", "class_format", "9B"},
		{"9B (Anna L)", "class_format", "9B"},
		{"9–A", "class_format", "9A"},
		{"9А", "class_format", "9A"}, // Cyrillic А
		{"９Ａ", "class_format", "9A"},
		{"Mentorsgrupp KL", "class_group", ""},
		{"7.1", "class_format", ""},
		{"7.09999999999999999991", "class_format", ""},
		{"1-3", "class_format", ""},
		{"80A", "class_format", ""},
		{"80", "class_grade_only", ""},
		{"Blå gruppen", "", ""},
		{"NA1a", "", ""},
		{"7-9 Särskola", "", ""},
		{"13B", "", ""},
		// The year written as a word (issue 13): never a class of its own.
		{"nio B", "class_format", "9B"},
		{"åttan A", "class_format", "8A"},
		{"yhdeksäs B", "class_format", "9B"},
		{"sjuan", "class_grade_only", ""},
		{"Nian", "class_grade_only", ""},
		{"Sexan gruppen", "", ""},
	}
	for _, tt := range tests {
		r := roster.New()
		r.Append(person(set(roster.Class, tt.class)))
		problems := Check(r)
		if tt.code == "" {
			if len(problems) != 0 {
				t.Errorf("%q: got %q, want none", tt.class, found(problems))
			}
			continue
		}
		if len(problems) != 1 || string(problems[0].Code) != tt.code || problems[0].Field != roster.Class {
			t.Errorf("%q: got %q, want one Class %s", tt.class, found(problems), tt.code)
			continue
		}
		p := problems[0]
		switch {
		case tt.fix == "" && p.Fix != nil:
			t.Errorf("%q: Fix %q, want none", tt.class, p.Fix.Value)
		case tt.fix != "" && (p.Fix == nil || p.Fix.Value != tt.fix):
			t.Errorf("%q: Fix %+v, want %q", tt.class, p.Fix, tt.fix)
		}
	}
}

// TestNamedClassNeverQuotesAnIdentityNumber: a personal identity number
// in the class is identity_number's error alone.
func TestNamedClassNeverQuotesAnIdentityNumber(t *testing.T) {
	r := roster.New()
	r.Append(person(set(roster.Class, "811218-9876")))
	for _, p := range Check(r) {
		if p.Code != CodeIdentityNumber {
			t.Errorf("got %s: %s", p.Code, p.Message)
		}
	}
}
