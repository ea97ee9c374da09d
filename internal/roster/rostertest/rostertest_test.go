package rostertest

import (
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

func TestRosterIsDistinctAndShapedLikeAList(t *testing.T) {
	const n = 2000
	r := Roster(n)
	if r.Len() != n {
		t.Fatalf("%d rows, want %d", r.Len(), n)
	}
	emails, ids := map[string]bool{}, map[string]bool{}
	c := r.Count()
	for _, row := range r.Rows {
		emails[roster.EmailKey(row.Values[roster.Email])] = true
		ids[row.Values[roster.SSOID]] = true
		if row.Kind() == roster.Student && roster.ParseClass(row.Values[roster.Class]).Canonical != row.Values[roster.Class] {
			t.Fatalf("row %d: class %q is not canonical", row.ID, row.Values[roster.Class])
		}
	}
	if len(emails) != n || len(ids) != n {
		t.Errorf("%d addresses and %d ids for %d people: each must be distinct", len(emails), len(ids), n)
	}
	if c.Teachers != n/20 || c.Students != n-n/20 {
		t.Errorf("%d teachers and %d students, want one teacher in twenty", c.Teachers, c.Students)
	}
	if lines := strings.Count(TSV(n), "\n"); lines != n {
		t.Errorf("TSV has %d lines, want %d", lines, n)
	}
}

// TestNamesAreRealistic keeps the generated list like a real one: within a
// school nearly every name is different, so that a benchmark of the check
// measures the rules on a list where "the same name twice" is rare, and
// the people SameNameEvery names do share a name with another of their
// school, so that the rule still has rows to flag.
func TestNamesAreRealistic(t *testing.T) {
	const n = 200_000
	seen := map[[3]string]int{}
	shared := 0
	for i := range n {
		v := Values(i)
		k := [3]string{v[roster.School], v[roster.FirstName], v[roster.LastName]}
		if j, ok := seen[k]; ok {
			shared++
			if i%SameNameEvery != Schools+1 || j != i-Schools {
				t.Fatalf("person %d has the name of person %d in %s", i, j, v[roster.School])
			}
		}
		seen[k] = i
	}
	if want := n / SameNameEvery; shared != want {
		t.Errorf("%d people share a name with another of their school, want %d", shared, want)
	}
	firsts, lasts := map[string]bool{}, map[string]bool{}
	for i := range n {
		f, l := Name(i)
		firsts[f], lasts[l] = true, true
	}
	if len(firsts) < 50 || len(lasts) < 500 {
		t.Errorf("%d first and %d last names: too few to be realistic", len(firsts), len(lasts))
	}
}
