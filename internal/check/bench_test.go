package check

import (
	"fmt"
	"testing"

	"rosterdesk/internal/roster"
)

// syntheticRoster makes n rows of made-up people in a few schools.
func syntheticRoster(n int) *roster.Roster {
	first := []string{"Tova", "Eskil", "Aino", "Liv", "Otto", "Selma", "Vilgot", "Ines"}
	last := []string{"Lind", "Berg", "Ek", "Dahl", "Holm", "Strand", "Sund", "Vik"}
	r := roster.New()
	for i := range n {
		f, l := first[i%len(first)], last[(i/len(first))%len(last)]
		role, class := "student", fmt.Sprintf("%d%c", 1+i%9, 'A'+rune(i%3))
		if i%20 == 0 {
			role, class = "teacher", ""
		}
		r.Append([roster.NumFields]string{
			fmt.Sprintf("%s.%s.%d@skola.example.se", f, l, i), f, l, class,
			fmt.Sprintf("Skola %d", i%40), "Borås", role, fmt.Sprint(100000000000 + i),
		})
	}
	return r
}

func BenchmarkCheck100k(b *testing.B) {
	r := syntheticRoster(100_000)
	b.ResetTimer()
	for b.Loop() {
		Check(r)
	}
}

// BenchmarkCheckerChange measures one cell edit and its re-check at
// 100,000 rows: an email typed into a duplicate and back.
func BenchmarkCheckerChange(b *testing.B) {
	r := syntheticRoster(100_000)
	c := NewChecker(r)
	row, other := r.Rows[50_000], r.Rows[7]
	flipCell(b, c, row, roster.Email, []string{other.Values[roster.Email], row.Values[roster.Email]}, nil)
}

// BenchmarkCheckerChangeMunicipality measures an edit that takes a row out
// of the main municipality and back, which picks the main one again.
func BenchmarkCheckerChangeMunicipality(b *testing.B) {
	r := syntheticRoster(100_000)
	c := NewChecker(r)
	row := r.Rows[50_000]
	flipCell(b, c, row, roster.Municipality, []string{"Ulricehamn", row.Values[roster.Municipality]}, nil)
}
