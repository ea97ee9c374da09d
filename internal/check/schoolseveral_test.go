package check

import (
	"slices"
	"strings"
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

// severalSchoolsSlow is severalSchools as first written, lower-casing
// every value: the reference for its quick refusal.
func severalSchoolsSlow(value string) []string {
	lower := strings.ToLower(value)
	if len(lower) != len(value) {
		lower = value
	}
	for _, sep := range schoolSeparators {
		if !strings.Contains(lower, sep) {
			continue
		}
		var names []string
		at := 0
		for _, part := range strings.Split(lower, sep) {
			name := strings.TrimSpace(value[at : at+len(part)])
			at += len(part) + len(sep)
			if !isSchoolName(strings.ToLower(name)) {
				return nil
			}
			names = append(names, name)
		}
		return names
	}
	return nil
}

func TestSeveralSchoolsQuickRefusal(t *testing.T) {
	for _, sep := range schoolSeparators {
		if !isASCII(sep) || strings.ToLower(sep) != sep {
			t.Fatalf("separator %q is not ASCII in small letters: hasSeparatorASCII cannot find it", sep)
		}
	}
	for _, v := range []string{"", "Skola 7", "Ekskolan", "Ekskolan, Norrskolan", "Ekskolan OCH Norrskolan", "Ekskolan Och Norrskolan",
		"Ekskolan och Norrskolan", "Kallion koulu JA Mäen koulu", "Eastside School AND Westside School", "Ekskolan SAMT Norrskolan",
		"Ekskolan / Norrskolan", "Ekskolan+Norrskolan", "Ekskolan & Norrskolan", "Ekskolan\nNorrskolan", "Ekskolan;Norrskolan",
		"Ekskolan och", "och", " OCH ", "Skolan och skolan", "Ekskolan ochNorrskolan", "Sjöängsskolan OCH Åskolan", "\u212aSkolan",
		"Ekskolan\tOCH\tNorrskolan", "EKSKOLAN AND NORRSKOLAN"} {
		if got, want := severalSchools(v), severalSchoolsSlow(v); !slices.Equal(got, want) {
			t.Errorf("severalSchools(%q) = %q, want %q", v, got, want)
		}
	}
}
