package check

import (
	"slices"
	"testing"

	"rosterdesk/internal/roster"
)

func TestSeveralSchools(t *testing.T) {
	cases := map[string][]string{
		"Ekbacka skola, Norrskolan":               {"Ekbacka skola", "Norrskolan"},
		"Ekbacka skola / Norrskolan":              {"Ekbacka skola", "Norrskolan"},
		"Ekbacka skola och Norrskolan":            {"Ekbacka skola", "Norrskolan"},
		"Ekbacka skola OCH Norrskolan":            {"Ekbacka skola", "Norrskolan"},
		"Ekbacka skola; Norrskolan; Södra skolan": {"Ekbacka skola", "Norrskolan", "Södra skolan"},
		"Kallion koulu ja Töölön koulu":           {"Kallion koulu", "Töölön koulu"},
		"Ekbacka skola & Ale gymnasium":           {"Ekbacka skola", "Ale gymnasium"},
		"Ekbacka skola":                           nil,
		"Ekbacka skola och förskola":              nil,
		"Ekbacka förskola och skola":              nil,
		"Skola 1, Norrköping":                     nil,
		"Ekbacka skola, F-9":                      nil,
		"Rudbeck / Hagaskolan":                    nil,
		"":                                        nil,
	}
	for value, want := range cases {
		if got := severalSchools(value); !slices.Equal(got, want) {
			t.Errorf("severalSchools(%q) = %q, want %q", value, got, want)
		}
	}
}

// A School cell naming two schools is an error whose fix the user picks
// (tester T60): the platform takes one school per person, and the cell
// went out as a school called "Ekbacka skola, Norrskolan".
func TestSchoolSeveralIsAChoice(t *testing.T) {
	r := roster.New()
	r.Append(person(set(roster.Role, "Lärare"), set(roster.Class, ""), set(roster.School, "Ekbacka skola, Norrskolan")))
	ps := Check(r)
	if got := found(ps); !slices.Equal(got, []string{"School school_several error"}) {
		t.Fatalf("got %q", got)
	}
	f := ps[0].Fix
	if !f.Choice() || len(f.Choices) != 2 || f.Choices[0].Value != "Ekbacka skola" || f.Choices[1].Value != "Norrskolan" {
		t.Errorf("fix %+v, want a choice of the two schools", f)
	}
}
