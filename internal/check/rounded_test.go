package check

import (
	"testing"

	"rosterdesk/internal/roster"
)

func TestExponentNumber(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"1.23456789012346E+19", true},
		{"1,23E+11", true},
		{"1E+15", true},
		{"-4.5e-07", true},
		{" 1.23457E+11 ", true},
		{"1.2345678901234E+100", true},
		{"123456789012", false},
		{"001234", false},
		{"9E1", false},    // a class, not a number Excel shows
		{"9E+1", false},   // Excel writes two exponent digits
		{"1.E+11", false}, // no digits after the point
		{"E+11", false},
		{"1.23E+", false},
		{"1.23E+1234", false},
		{"1.23E+11x", false},
		{"x1.23E+11", false},
		{"", false},
	} {
		if got := exponentNumber(tc.v); got != tc.want {
			t.Errorf("exponentNumber(%q) = %v, want %v", tc.v, got, tc.want)
		}
	}
}

// TestNumberRounded checks that a value in exponent form warns on its
// cell, in any field, and that an id of digits does not.
func TestNumberRounded(t *testing.T) {
	r := roster.New()
	row := r.NewRow()
	row.Values = [roster.NumFields]string{"anna@skola.example.se", "Anna", "Berg", "9A", "Norrskolan", "Borås", "student", "1.23456789012346E+19"}
	r.Rows = append(r.Rows, row)
	other := r.NewRow()
	other.Values = [roster.NumFields]string{"1,23E+11", "Bo", "Ek", "9A", "Norrskolan", "Borås", "student", "001234"}
	r.Rows = append(r.Rows, other)
	got := map[string]bool{}
	for _, p := range Check(r) {
		if p.Code != CodeNumberRounded {
			continue
		}
		if p.Severity != Warning {
			t.Errorf("%s is an error", p.Code)
		}
		got[r.ByID(p.Row).Values[roster.FirstName]+" "+p.Field.String()] = true
	}
	want := map[string]bool{"Anna SSOID": true, "Bo Email": true}
	if len(got) != len(want) || !got["Anna SSOID"] || !got["Bo Email"] {
		t.Errorf("number_rounded on %v, want %v", got, want)
	}
}
