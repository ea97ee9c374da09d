package check

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"rosterdesk/internal/roster"
)

// pools hold few values per field so that random edits often make
// duplicates, flip the main municipality and hit every rule.
var pools = [roster.NumFields][]string{
	{"", "a@s.se", "A@s.se", "b@s.se", "c@s.se", "bad.address", "å@s.se", " b@s.se"},
	{"", "Tova", "Eskil", " Aino"},
	{"", "Lind", "Berg"},
	{"", "9A", "9 a", "9", "8B", "Blå gruppen"},
	{"", "Norrskolan", "Söderskolan", "Norrskolan "},
	{"", "Borås", "Ulricehamn", "Boras"},
	{"", "student", "teacher", "Elev", "rektor?"},
	{"", "1001", "1002", "1001 "},
}

func randomRow(rng *rand.Rand, r *roster.Roster) *roster.Row {
	row := r.NewRow()
	for f := range row.Values {
		row.Values[f] = pools[f][rng.IntN(len(pools[f]))]
	}
	row.Protected = rng.IntN(10) == 0
	return row
}

// TestCheckerAgreesWithFullCheck edits rosters at random and, after every
// step, compares the incremental checker with a check from scratch.
func TestCheckerAgreesWithFullCheck(t *testing.T) {
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 99))
		r := roster.New()
		for range 6 {
			r.Rows = append(r.Rows, randomRow(rng, r))
		}
		c := NewChecker(r)
		for step := range 400 {
			what := rng.IntN(10)
			switch {
			case what < 6 && r.Len() > 0:
				row := r.Rows[rng.IntN(r.Len())]
				f := roster.Field(rng.IntN(int(roster.NumFields)))
				old := row.Values[f]
				row.Values[f] = pools[f][rng.IntN(len(pools[f]))]
				c.Changed(row, f, old)
			case what == 6:
				row := randomRow(rng, r)
				r.Insert(rng.IntN(r.Len()+1), row)
				c.Added(row)
			case what == 7 && r.Len() > 0:
				i := rng.IntN(r.Len())
				c.Removed(r.Remove(i, i+1)...)
			case what == 8 && r.Len() > 0:
				row := r.Rows[rng.IntN(r.Len())]
				row.Protected = !row.Protected
				c.ProtectedChanged(row)
			default:
				row := r.NewRow() // a blank row, as Add row makes
				r.Insert(r.Len(), row)
				c.Added(row)
			}
			fresh := NewChecker(r)
			if got, want := c.Problems(), fresh.Problems(); !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d step %d: incremental\n%v\nfull\n%v", seed, step, got, want)
			}
			ge, gw := c.Counts()
			we, ww := countSeverities(fresh.Problems())
			if ge != we || gw != ww {
				t.Fatalf("seed %d step %d: counts %d/%d, problems say %d/%d", seed, step, ge, gw, we, ww)
			}
		}
	}
}

func countSeverities(problems []Problem) (errors, warnings int) {
	for _, p := range problems {
		if p.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}
