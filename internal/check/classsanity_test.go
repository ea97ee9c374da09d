package check

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"rosterdesk/internal/roster"
)

// classList makes the students of one school, n per class, plus extra
// rows that are teachers.
func classList(school string, sizes map[string]int, teachers int) *roster.Roster {
	r := roster.New()
	i := 0
	for _, class := range sortedKeys(sizes) {
		for range sizes[class] {
			r.Append(person(set(roster.Class, class), set(roster.School, school), set(roster.Email, fmt.Sprintf("p%d@skola.se", i))))
			i++
		}
	}
	for range teachers {
		r.Append(person(set(roster.Class, ""), set(roster.Role, "teacher"), set(roster.School, school), set(roster.Email, fmt.Sprintf("p%d@skola.se", i))))
		i++
	}
	return r
}

func TestClassSanity(t *testing.T) {
	tests := []struct {
		name  string
		sizes map[string]int
		want  map[string]Code // the lone student's class → the warning
	}{
		{"typo for a big class", map[string]int{"9A": 24, "9B": 23, "9D": 1}, map[string]Code{"9D": CodeClassLone}},
		{"spelt 9 d still 9D", map[string]int{"9A": 24, "9 d": 1}, map[string]Code{"9 d": CodeClassLone}},
		{"small classes", map[string]int{"9A": 3, "9B": 1}, nil},
		{"a grade with one class of one, small school", map[string]int{"1A": 12, "2A": 11, "6A": 1}, nil},
		{"a grade the big school lacks", map[string]int{"7A": 25, "7B": 24, "8A": 26, "1C": 1}, map[string]Code{"1C": CodeClassGradeStray}},
		{"two in a stray grade", map[string]int{"7A": 25, "7B": 24, "8A": 26, "1C": 2}, nil},
		{"named classes are not judged", map[string]int{"9A": 24, "Blå gruppen": 1}, nil},
	}
	for _, tt := range tests {
		r := classList("Källbäcksskolan", tt.sizes, 5)
		c := NewChecker(r)
		got := map[string]Code{}
		for _, p := range c.Problems() {
			if p.Code == CodeClassLone || p.Code == CodeClassGradeStray {
				got[r.ByID(p.Row).Values[roster.Class]] = p.Code
				if sev, ok := c.CellSeverity(p.Row, roster.Class); !ok || sev != Warning {
					t.Errorf("%s: cell severity %v %v", tt.name, sev, ok)
				}
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
		if w := tiredOf(c).class.flagged; w != len(tt.want) {
			t.Errorf("%s: %d counted, want %d", tt.name, w, len(tt.want))
		}
	}
}

// TestClassRuleFollowsEdits moves students between classes and schools at
// random and compares the checker with a check from scratch.
func TestClassRuleFollowsEdits(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	r := classList("Norrskolan", map[string]int{"7A": 20, "7B": 6, "8A": 14, "9A": 10}, 3)
	c := NewChecker(r)
	classes := []string{"7A", "7B", "7C", "8A", "8 b", "9A", "1A", "", "Blå"}
	schools := []string{"Norrskolan", "Söderskolan"}
	for step := range 2000 {
		row := r.Rows[rng.IntN(r.Len())]
		f, v := roster.Class, classes[rng.IntN(len(classes))]
		switch rng.IntN(4) {
		case 0:
			f, v = roster.School, schools[rng.IntN(2)]
		case 1:
			f, v = roster.Role, []string{"student", "teacher"}[rng.IntN(2)]
		}
		old := row.Values[f]
		row.Values[f] = v
		c.Changed(row, f, old)
		got, want := c.Problems(), Check(r)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("step %d: incremental\n%v\nfull\n%v", step, got, want)
		}
		ge, gw := c.Counts()
		we, ww := countSeverities(Check(r))
		if ge != we || gw != ww {
			t.Fatalf("step %d: counts %d/%d, want %d/%d", step, ge, gw, we, ww)
		}
	}
}
