package check

import (
	"slices"
	"testing"

	"rosterdesk/internal/roster"
)

// A municipality written otherwise than by its name (tester T10, T57,
// T53, T42) is a warning with the fix to the name; a number that is no
// one municipality's code is an error.
func TestMunicipalityNameProblems(t *testing.T) {
	tests := []struct {
		value string
		want  []string
		fix   string
	}{
		{"Borås", nil, ""},
		{"Ale", nil, ""},
		{"Exempelby", nil, ""},
		{"Ale kommun", []string{"Municipality municipality_name warning"}, "Ale"},
		{"Upplands Väsby kommun", []string{"Municipality municipality_name warning"}, "Upplands Väsby"},
		{"1440", []string{"Municipality municipality_name warning"}, "Ale"},
		{"Helsinki/Helsingfors", []string{"Municipality municipality_name warning"}, "Helsinki"},
		{"Helsingin kaupunki", []string{"Municipality municipality_name warning"}, "Helsinki"},
		{"Falu kommun", []string{"Municipality municipality_name warning"}, "Falun"},
		{"ale", []string{"Municipality municipality_name warning"}, "Ale"},
		{"9999", []string{"Municipality municipality_code error"}, ""},
		{"140", []string{"Municipality municipality_code error"}, ""},
	}
	for _, tt := range tests {
		r := roster.New()
		r.Append(person(set(roster.Municipality, tt.value)))
		problems := Check(r)
		if got := found(problems); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.value, got, tt.want)
			continue
		}
		if tt.fix == "" {
			continue
		}
		if f := problems[0].Fix; f == nil || f.Choice() || f.Value != tt.fix {
			t.Errorf("%q: fix %+v, want the value %q", tt.value, f, tt.fix)
		}
	}
}

// A number that is the code of a Finnish municipality and, without its
// leading zero, of a Swedish one is a choice between the two.
func TestMunicipalityCodeOfTwoIsAChoice(t *testing.T) {
	p := municipalityCodeProblem(1, "140", roster.MunicipalityCodes("140"))
	if !p.Fix.Choice() || len(p.Fix.Choices) != 2 || p.Fix.Choices[0].Value != "Iisalmi" || p.Fix.Choices[1].Value != "Nykvarn" {
		t.Fatalf("fix %+v, want a choice of Iisalmi and Nykvarn", p.Fix)
	}
	if p := municipalityCodeProblem(1, "9999", nil); p.Fix != nil {
		t.Errorf("fix %+v for a code of no one", p.Fix)
	}
}

// "Ale" and "Ale kommun" in one list are one municipality (tester T10):
// no municipality_mixed, and the main municipality, which names the
// file, is Ale.
func TestMunicipalityWrittenTwoWaysIsOne(t *testing.T) {
	r := roster.New()
	for i, m := range []string{"Ale kommun", "Ale kommun", "Ale kommun", "Ale", "1440"} {
		r.Append(person(set(roster.Email, string(rune('a'+i))+"@skola.se"), set(roster.Municipality, m)))
	}
	c := NewChecker(r)
	if m := c.MainMunicipality(); m != "Ale" {
		t.Errorf("main municipality %q, want Ale", m)
	}
	if m := r.Municipality(); m != "Ale" {
		t.Errorf("roster's municipality %q, want Ale", m)
	}
	for _, p := range Check(r) {
		if p.Code == CodeMunicipalityMixed {
			t.Errorf("row %d: %s", p.Row, p.Code)
		}
	}
	if e, w := c.Counts(); e != 0 || w != 4 {
		t.Errorf("%d errors, %d warnings; want 0 and the 4 municipality_name warnings", e, w)
	}
}

// A staff row without a municipality in a list of one municipality gets
// the fix to fill it in; in a list of none, the fix that asks for it
// (issue 13); of several, no fix.
func TestMissingMunicipalityFillsInTheList(t *testing.T) {
	fixOf := func(municipalities ...string) *Fix {
		r := roster.New()
		for i, m := range municipalities {
			r.Append(person(set(roster.Email, string(rune('a'+i))+"@skola.se"), set(roster.Municipality, m)))
		}
		staff := r.Append(person(set(roster.Email, "lars@skola.se"), set(roster.Role, "teacher"), set(roster.Class, ""), set(roster.Municipality, "")))
		ps := NewChecker(r).CellProblems(staff.ID, roster.Municipality)
		if len(ps) != 1 || ps[0].Code != CodeMissing {
			t.Fatalf("%v: problems %q, want missing", municipalities, found(ps))
		}
		return ps[0].Fix
	}
	if f := fixOf("Lillköping", "Lillköping kommun", "Lillköping"); f == nil || f.Choice() || f.Value != "Lillköping" {
		t.Errorf("one municipality: fix %+v, want to fill in Lillköping", f)
	}
	if f := fixOf(); f == nil || !f.Ask || !f.Choice() || f.Value != "" {
		t.Errorf("no municipality: fix %+v, want one that asks", f)
	}
	if f := fixOf("Lillköping", "Lillköping", "Ale"); f != nil {
		t.Errorf("two municipalities: fix %+v", f)
	}
}
