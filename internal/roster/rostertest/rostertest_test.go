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
