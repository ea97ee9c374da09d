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
	all, one := checkedBothWays(t, r)
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

// checkedBothWays checks r at once and row by row, and fails t unless
// every row has the same problems both ways; it returns both checkers.
func checkedBothWays(t *testing.T, r *roster.Roster) (all, one *Checker) {
	t.Helper()
	all = NewChecker(r)
	one = NewChecker(roster.New())
	one.roster = r
	one.Added(r.Rows...)
	for _, row := range r.Rows {
		if got, want := all.RowProblems(row.ID), one.RowProblems(row.ID); !reflect.DeepEqual(got, want) {
			t.Fatalf("row %d: %v, one by one %v", row.ID, got, want)
		}
	}
	return all, one
}

// TestBulkIdentityEqualsOneByOne checks, on a roster large enough for the
// bulk indexing, that the duplicate and staff rules count as they do row
// by row: addresses and SSO ids on two rows or more, and teachers listed
// once per school (both keys shared), whose errors merge into one.
func TestBulkIdentityEqualsOneByOne(t *testing.T) {
	r := rostertest.Roster(3 * parallelRows)
	rng := rand.New(rand.NewPCG(9, 10))
	for i, row := range r.Rows {
		other := r.Rows[rng.IntN(len(r.Rows))]
		switch rng.IntN(10) {
		case 0:
			row.Values[roster.Email] = other.Values[roster.Email]
		case 1:
			row.Values[roster.SSOID] = other.Values[roster.SSOID]
		case 2:
			row.Values[roster.SSOID] = ""
		case 3: // a teacher at another school, listed again
			if i > 0 && r.Rows[i-1].Values[roster.Role] == "teacher" {
				row.Values = r.Rows[i-1].Values
				row.Values[roster.School] = other.Values[roster.School]
			}
		}
	}
	all, one := checkedBothWays(t, r)
	id := func(c *Checker) *identityRule { return c.groups[0].(*identityRule) }
	a, b := id(all), id(one)
	if a.email.index.shared != b.email.index.shared || a.ssoid.index.shared != b.ssoid.index.shared || a.merged != b.merged {
		t.Errorf("shared %d/%d, merged %d; one by one %d/%d, merged %d",
			a.email.index.shared, a.ssoid.index.shared, a.merged, b.email.index.shared, b.ssoid.index.shared, b.merged)
	}
	if a.email.index.shared == 0 || a.ssoid.index.shared == 0 || a.merged == 0 {
		t.Errorf("shared %d/%d, merged %d: the roster does not try every count", a.email.index.shared, a.ssoid.index.shared, a.merged)
	}
	e1, w1 := all.Counts()
	e2, w2 := one.Counts()
	if e1 != e2 || w1 != w2 {
		t.Errorf("counts %d/%d, one by one %d/%d", e1, w1, e2, w2)
	}
}
