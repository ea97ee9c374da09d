package check

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/roster/rostertest"
)

// TestParallelCheckEqualsOneByOne checks a roster large enough to be
// checked on all processors, and compares every row's problems and the
// counts with a checker that learnt the same rows one at a time.
func TestParallelCheckEqualsOneByOne(t *testing.T) {
	r := rostertest.Roster(3 * parallelRows)
	rng := rand.New(rand.NewPCG(7, 8))
	for _, row := range r.Rows {
		switch rng.IntN(8) {
		case 0:
			row.Values[roster.Class] = "9"
		case 1:
			row.Values[roster.Email] = "no-at-sign"
		case 2:
			row.Values[roster.Email] = r.Rows[rng.IntN(len(r.Rows))].Values[roster.Email]
		case 3:
			row.Protected = true
		case 4:
			row.Values[roster.Role] = fmt.Sprint("x", rng.IntN(3))
		case 5:
			if rng.IntN(20) == 0 { // a rare misspelling of the school
				row.Values[roster.School] += "n"
			}
		}
	}
	all := NewChecker(r)
	one := NewChecker(roster.New())
	one.roster = r
	one.Added(r.Rows...)
	for _, row := range r.Rows {
		if got, want := all.RowProblems(row.ID), one.RowProblems(row.ID); !reflect.DeepEqual(got, want) {
			t.Fatalf("row %d: %v, one by one %v", row.ID, got, want)
		}
	}
	var want []Problem
	for _, row := range r.Rows {
		want = append(want, one.RowProblems(row.ID)...)
	}
	got := all.Problems()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Problems: %d problems, one by one %d", len(got), len(want))
	}
	kinds := map[Code]int{}
	for _, p := range got {
		kinds[p.Code]++
	}
	for _, code := range []Code{CodeSpellingVariant, CodeEmailDuplicate, CodeClassGradeOnly} {
		if kinds[code] == 0 {
			t.Errorf("no %s among %v: the roster does not try the rule's bulk indexing", code, kinds)
		}
	}
	e1, w1 := all.Counts()
	e2, w2 := one.Counts()
	if e1 != e2 || w1 != w2 || e1 == 0 {
		t.Errorf("counts %d/%d, one by one %d/%d", e1, w1, e2, w2)
	}
}
