package check

import (
	"math/rand/v2"
	"testing"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/roster/rostertest"
)

// TestCellSeverityAgreesWithProblems checks CellSeverity against the
// problems of every cell of a roster full of problems, after random edits.
func TestCellSeverityAgreesWithProblems(t *testing.T) {
	r := rostertest.Roster(400)
	c := NewChecker(r)
	rng := rand.New(rand.NewPCG(3, 4))
	values := map[roster.Field][]string{
		roster.Email:        {"", "dup@skola.se", "DUP@skola.se", "x@y", "ny@skola.se"},
		roster.Class:        {"", "9", "9 a", "7B"},
		roster.Municipality: {"Borås", "Ulricehamn", ""},
		roster.SSOID:        {"1", "1", "2", ""},
		roster.Role:         {"elev", "teacher", "rektor"},
		roster.School:       {" Skola 1", "Skola 2"},
	}
	fields := []roster.Field{roster.Email, roster.Class, roster.Municipality, roster.SSOID, roster.Role, roster.School}
	for range 600 {
		row := r.Rows[rng.IntN(len(r.Rows))]
		f := fields[rng.IntN(len(fields))]
		old := row.Values[f]
		row.Values[f] = values[f][rng.IntN(len(values[f]))]
		c.Changed(row, f, old)
	}
	for _, row := range r.Rows {
		for _, f := range roster.Fields {
			want, wantOK := Warning, false
			for _, p := range c.RowProblems(row.ID) {
				if p.Field == f || p.Field == roster.NoField {
					wantOK = true
					if p.Severity == Error {
						want = Error
					}
				}
			}
			got, ok := c.CellSeverity(row.ID, f)
			if ok != wantOK || (ok && got != want) {
				t.Fatalf("row %d, %s: CellSeverity = %v, %v; problems say %v, %v", row.ID, f, got, ok, want, wantOK)
			}
		}
	}
}

// TestCellSeverityAllocatesNothing is what keeps scrolling a long list
// free of garbage: the grid asks it for every cell it draws.
func TestCellSeverityAllocatesNothing(t *testing.T) {
	r := rostertest.Roster(100)
	r.Rows[1].Values[roster.Email] = r.Rows[2].Values[roster.Email]
	r.Rows[3].Values[roster.Municipality] = "Ulricehamn"
	r.Rows[4].Values[roster.Class] = "9"
	c := NewChecker(r)
	for _, id := range []roster.RowID{r.Rows[1].ID, r.Rows[3].ID, r.Rows[4].ID, r.Rows[5].ID} {
		for _, f := range roster.Fields {
			if n := testing.AllocsPerRun(50, func() { c.CellSeverity(id, f) }); n != 0 {
				t.Errorf("CellSeverity(%d, %s) allocates %.0f times", id, f, n)
			}
		}
	}
}
