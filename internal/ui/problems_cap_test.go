package ui

import (
	"strings"
	"testing"
	"time"

	"rosterdesk/internal/testenv"
)

// TestALongProblemListIsCapped opens a list with 400 problems of one
// kind: the panel lists 200 of them and counts the rest on a line that
// shows every row with problems in the grid.
func TestALongProblemListIsCapped(t *testing.T) {
	start := time.Now()
	u := bigUI(t, 20_000)
	// The bound catches a list that grows as the square of its rows (20,000
	// rows would take minutes), not a slow machine: this one, shared by
	// several full test runs on two cores, took 11 and 16 s.
	if took := time.Since(start); took > testenv.RaceSlowdown*30*time.Second {
		t.Errorf("opening took %v", took)
	}
	pp := u.problems
	details, more := 0, -1
	for i, it := range pp.items {
		switch {
		case it.more > 0:
			more = i
		case !it.heading:
			details++
		}
	}
	if details != maxLinesPerKind || more < 0 {
		t.Fatalf("%d problem lines and the more line at %d; want %d and one", details, more, maxLinesPerKind)
	}
	if got := pp.items[more].text(); !strings.Contains(got, "200 more") {
		t.Errorf("the more line says %q", got)
	}
	pp.selected(more)
	if !u.onlyProblems.Checked || !u.doc.Filter().OnlyProblems || u.doc.Len() != 400 {
		t.Errorf("the more line should show the 400 rows with problems; %d shown", u.doc.Len())
	}
}
