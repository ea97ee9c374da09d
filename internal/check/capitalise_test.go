package check

import (
	"testing"

	"rosterdesk/internal/roster"
)

func TestCapitalise(t *testing.T) {
	tests := []struct {
		in      string
		surname bool
		want    string
	}{
		{"ANNA-KARIN", false, "Anna-Karin"},
		{"anna-karin", false, "Anna-Karin"},
		{"o'neil", true, "O'Neil"},
		{"VON ESSEN", true, "von Essen"},
		{"van der berg", true, "van der Berg"},
		{"AF KLINT", true, "af Klint"},
		{"DE LA CRUZ", true, "de la Cruz"},
		{"DI MAURO", true, "di Mauro"},
		{"ÖHMAN", true, "Öhman"},
		{"äijälä", true, "Äijälä"},
		{"JUHA-PEKKA", false, "Juha-Pekka"},
		{"LINDQVIST NIEMINEN", true, "Lindqvist Nieminen"},
		{"VON", true, "Von"},
		{"DE", false, "De"},
		{"ANNA  MARIA", false, "Anna Maria"},
	}
	for _, tt := range tests {
		if got := Capitalise(tt.in, tt.surname); got != tt.want {
			t.Errorf("Capitalise(%q, %v) = %q, want %q", tt.in, tt.surname, got, tt.want)
		}
	}
}

func TestNameCaseProblems(t *testing.T) {
	tests := []struct {
		first, last string
		want        map[roster.Field]string // field → the fix; nil: no warning
	}{
		{"Anna-Karin", "Lindqvist", nil},
		{"Aino", "Mäkinen", nil},
		{"Carl", "von Essen", nil},
		{"Eva", "af Klint", nil},
		{"Li", "Wu", nil},
		{"Sean", "O'Neil", nil},
		{"Jo", "Ek", nil},
		{"A", "B", nil}, // too short to tell
		{"Ture", "McLean", nil},
		{"ANNA-KARIN", "LINDQVIST", map[roster.Field]string{roster.FirstName: "Anna-Karin", roster.LastName: "Lindqvist"}},
		{"juha-pekka", "Äijälä", map[roster.Field]string{roster.FirstName: "Juha-Pekka"}},
		{"Carl", "VON ESSEN", map[roster.Field]string{roster.LastName: "von Essen"}},
		{"Sean", "o'neil", map[roster.Field]string{roster.LastName: "O'Neil"}},
		{"BO", "Ek", map[roster.Field]string{roster.FirstName: "Bo"}},
	}
	for _, tt := range tests {
		r := roster.New()
		row := r.Append(person(set(roster.FirstName, tt.first), set(roster.LastName, tt.last)))
		got := map[roster.Field]string{}
		for _, p := range nameCaseProblems(nil, row) {
			if p.Code != CodeNameCase || p.Severity != Warning || p.Fix == nil {
				t.Errorf("%s %s: %+v", tt.first, tt.last, p)
				continue
			}
			got[p.Field] = p.Fix.Value
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s %s: fixes %v, want %v", tt.first, tt.last, got, tt.want)
			continue
		}
		for f, v := range tt.want {
			if got[f] != v {
				t.Errorf("%s %s: %s fixed to %q, want %q", tt.first, tt.last, f, got[f], v)
			}
		}
	}
}
