package ui

import (
	"testing"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// On a large list the problem panel and status bar follow the edits once
// they pause, not after each one; on a small list at once.
func TestSummariesWaitForPauseOnLargeList(t *testing.T) {
	u := newTestUI(t)
	later := manual(u)
	row := u.doc.Row(rowOf(t, u, "Noah")) // its class is a bare grade
	col := editor.FieldColumn(roster.Class)
	before := u.problems.title.Text

	u.doc.SetCell(row.ID, col, "9A")
	small := u.problems.title.Text
	if small == before || len(later.later) != 0 {
		t.Fatalf("small list: panel title %q after the fix, %d refreshes put off", small, len(later.later))
	}
	u.doc.SetCell(row.ID, col, "9")
	if u.problems.title.Text != before {
		t.Fatalf("small list: panel title %q, want %q", u.problems.title.Text, before)
	}

	u.summary.large = 1
	u.doc.SetCell(row.ID, col, "9A")
	if got := u.problems.title.Text; got != before {
		t.Fatalf("large list: panel changed to %q before the edits paused", got)
	}
	if len(later.waits) != 1 || later.waits[0] != summaryDelay {
		t.Fatalf("large list: refreshes put off %v, want one after %v", later.waits, summaryDelay)
	}
	later.runLater()
	if got := u.problems.title.Text; got != small {
		t.Fatalf("large list: panel title %q after the pause, want %q", got, small)
	}
}

// Edits in quick succession on a large list refresh the summaries once,
// after the last of them.
func TestSummariesRefreshOnceAfterBurst(t *testing.T) {
	u := newTestUI(t)
	later := manual(u)
	u.summary.large = 1
	row := u.doc.Row(rowOf(t, u, "Noah"))
	col := editor.FieldColumn(roster.Class)
	for _, v := range []string{"9A", "9B", "9C", "9A"} {
		u.doc.SetCell(row.ID, col, v)
	}
	later.runLater()
	if n := u.summary.runs.Load(); n != 1 {
		t.Fatalf("%d delayed refreshes ran, want 1", n)
	}
}
