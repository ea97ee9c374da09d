package check

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"rosterdesk/internal/roster"
)

// TestPlainValuesEqualsEachRow holds the rows checked one after the
// other, sharing what they found plain, to each row checked alone: runs
// of one value, values with a problem between and after plain ones, and
// back again.
func TestPlainValuesEqualsEachRow(t *testing.T) {
	municipalities := []string{"", "Borås", "Borås", " Borås", "Ale kommun", "1440", "1490", "123", "Ale", "Ulricehamn", "Helsinki/Helsingfors", "  "}
	schools := []string{"", "Ekskolan", "Ekskolan", "Ekskolan och Björkskolan", "Ekskolan / Björkskolan", "Björkskolan", " Ekskolan ", "Ek- och Björkskolan"}
	rng := rand.New(rand.NewPCG(1, 2))
	var seen plainValues
	x := rowContext{}
	problems := 0
	for i := range 2000 {
		row := &roster.Row{ID: roster.RowID(i + 1)}
		row.Values[roster.Email] = "anna.berg@skola.se"
		row.Values[roster.FirstName], row.Values[roster.LastName] = "Anna", "Berg"
		row.Values[roster.Role], row.Values[roster.Class] = "student", "7A"
		row.Values[roster.Municipality] = municipalities[rng.IntN(len(municipalities))]
		row.Values[roster.School] = schools[rng.IntN(len(schools))]
		if i%3 > 0 && i > 0 { // runs of a repeated value, as lists have
			row.Values[roster.Municipality] = municipalities[(i/3)%len(municipalities)]
		}
		want := rowProblems(nil, row, x)
		got := rowProblemsAfter(nil, row, x, &seen)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("row %d (%q, %q): %v after the rows before, %v alone", i, row.Values[roster.Municipality], row.Values[roster.School], got, want)
		}
		for _, p := range want {
			if p.Field == roster.Municipality || p.Field == roster.School {
				problems++
			}
		}
	}
	if problems == 0 {
		t.Error("no value had a problem: the test tries only plain ones")
	}
}
