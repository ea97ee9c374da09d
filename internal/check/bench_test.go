package check

import (
	"testing"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/roster/rostertest"
)

func BenchmarkCheck100k(b *testing.B) {
	r := rostertest.Roster(100_000)
	b.ResetTimer()
	for b.Loop() {
		Check(r)
	}
}

// BenchmarkCheckerChange measures one cell edit and its re-check at
// 100,000 rows: an email typed into a duplicate and back.
func BenchmarkCheckerChange(b *testing.B) {
	r := rostertest.Roster(100_000)
	c := NewChecker(r)
	row, other := r.Rows[50_000], r.Rows[7]
	flipCell(b, c, row, roster.Email, []string{other.Values[roster.Email], row.Values[roster.Email]}, nil)
}

// BenchmarkCheckerChangeMunicipality measures an edit that takes a row out
// of the main municipality and back, which picks the main one again.
func BenchmarkCheckerChangeMunicipality(b *testing.B) {
	r := rostertest.Roster(100_000)
	c := NewChecker(r)
	row := r.Rows[50_000]
	flipCell(b, c, row, roster.Municipality, []string{"Ulricehamn", row.Values[roster.Municipality]}, nil)
}
