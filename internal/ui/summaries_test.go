package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// delayed collects the refreshes a window asks to run later, so that a
// test runs them itself, on its own goroutine, as the window's would.
type delayed struct {
	waits []time.Duration
	funcs []func()
}

func (d *delayed) after(w time.Duration, f func()) {
	d.waits = append(d.waits, w)
	d.funcs = append(d.funcs, f)
}

func (d *delayed) runAll() {
	for _, f := range d.funcs {
		f()
	}
	d.funcs, d.waits = nil, nil
}

// On a large list the problem panel and status bar follow the edits once
// they pause, not after each one; on a small list at once.
func TestSummariesWaitForPauseOnLargeList(t *testing.T) {
	u := newTestUI(t)
	var later delayed
	u.summary.after = later.after
	row := u.doc.Row(rowOf(t, u, "Noah")) // its class is a bare grade
	col := editor.FieldColumn(roster.Class)
	before := u.problems.title.Text

	u.doc.SetCell(row.ID, col, "9A")
	small := u.problems.title.Text
	if small == before || len(later.funcs) != 0 {
		t.Fatalf("small list: panel title %q after the fix, %d refreshes put off", small, len(later.funcs))
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
	if len(later.waits) != 1 || later.waits[0] != summaryDelay {
		t.Fatalf("large list: refreshes put off %v, want one after %v", later.waits, summaryDelay)
	}
	later.runAll()
	if got := u.problems.title.Text; got != small {
		t.Fatalf("large list: panel title %q after the pause, want %q", got, small)
	}
}

// Edits in quick succession on a large list refresh the summaries once,
// after the last of them.
func TestSummariesRefreshOnceAfterBurst(t *testing.T) {
	u := newTestUI(t)
	var later delayed
	u.summary.after = later.after
	defer func(n int) { largeList = n }(largeList)
	largeList = 1
	row := u.doc.Row(rowOf(t, u, "Noah"))
	col := editor.FieldColumn(roster.Class)
	for _, v := range []string{"9A", "9B", "9C", "9A"} {
		u.doc.SetCell(row.ID, col, v)
	}
	later.runAll()
	if n := u.summary.runs.Load(); n != 1 {
		t.Fatalf("%d delayed refreshes ran, want 1", n)
	}
}

// The window's own scheduler runs a put-off refresh once its time has
// come, through Fyne's queue for the window's goroutine.
func TestAfterOnUIRunsLater(t *testing.T) {
	test.NewTempApp(t)
	start := time.Now()
	done := make(chan time.Duration, 1)
	afterOnUI(50*time.Millisecond, func() { done <- time.Since(start) })
	select {
	case d := <-done:
		if d < 50*time.Millisecond {
			t.Errorf("ran after %v, before its time", d)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("never ran")
	}
}
