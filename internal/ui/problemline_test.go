package ui

import (
	"fmt"
	"strings"
	"testing"

	"rosterdesk/internal/editor"
)

// A problem of a row the filter leaves out keeps the row's number, said
// to be outside the filter (tester T45): the panel said "hidden", the
// word of rows hidden in the workbook, and no number.
func TestProblemOfAFilteredOutRowKeepsItsNumber(t *testing.T) {
	u := newTestUI(t)
	u.setFilter(editor.Filter{Text: "no such person"})
	lines := 0
	for _, it := range u.problems.items {
		if it.heading || it.more > 0 || it.p.Row == 0 {
			continue
		}
		lines++
		text := it.text()
		if want := fmt.Sprintf("%d (outside the filter) · ", it.number); it.number <= 0 || !strings.HasPrefix(text, want) {
			t.Errorf("line %q, want it to start with %q", text, want)
		}
	}
	if lines == 0 {
		t.Fatal("no problem lines under the filter")
	}
}
