package ui

import (
	"testing"
	"time"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// On a large list the problem panel and status bar follow the edits once
// they pause, not after each one; on a small list at once.
func TestSummariesWaitForPauseOnLargeList(t *testing.T) {
	u := newTestUI(t)
	row := u.doc.Row(rowOf(t, u, "Noah")) // its class is a bare grade
	col := editor.FieldColumn(roster.Class)
	before := u.problems.title.Text

	u.doc.SetCell(row.ID, col, "9A")
	small := u.problems.title.Text
	if small == before {
		t.Fatalf("small list: panel title still %q after the fix", small)
	}
	u.doc.SetCell(row.ID, col, "9")
	if u.problems.title.Text != before {
		t.Fatalf("small list: panel title %q, want %q", u.problems.title.Text, before)
	}

	defer func(n int) { largeList = n }(largeList)
	largeList = 1
	u.doc.SetCell(row.ID, col, "9A")
	if got := u.problems.title.Text; got != before {
		t.Fatalf("large list: panel changed to %q before the edits paused", got)
	}
	deadline := time.Now().Add(5 * time.Second)
	for u.summary.runs.Load() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("large list: the summaries were not refreshed after the pause")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if got := u.problems.title.Text; got != small {
		t.Fatalf("large list: panel title %q after the pause, want %q", got, small)
	}
}

// Edits in quick succession on a large list refresh the summaries once,
// after the last of them.
func TestSummariesRefreshOnceAfterBurst(t *testing.T) {
	u := newTestUI(t)
	defer func(n int) { largeList = n }(largeList)
	largeList = 1
	row := u.doc.Row(rowOf(t, u, "Noah"))
	col := editor.FieldColumn(roster.Class)
	for _, v := range []string{"9A", "9B", "9C", "9A"} {
		u.doc.SetCell(row.ID, col, v)
		time.Sleep(summaryDelay / 10)
	}
	time.Sleep(summaryDelay * 4)
	if n := u.summary.runs.Load(); n != 1 {
		t.Fatalf("%d delayed refreshes ran, want 1", n)
	}
}
