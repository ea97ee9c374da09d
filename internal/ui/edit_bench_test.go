package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// bigUI opens the window on a list of n rows, one in fifty with a
// problem (a bare grade), as a large municipality's first import has.
func bigUI(tb testing.TB, n int) *UI {
	a := test.NewTempApp(tb)
	u := New(a)
	// The delayed refreshes of the problem panel are left out: the
	// benchmarks measure them on their own, on this goroutine.
	u.summary.after = func(time.Duration, func()) {}
	u.win.Resize(fyne.NewSize(1200, 700))
	u.win.Show()
	tb.Cleanup(u.win.Close)
	var b strings.Builder
	for i := range n {
		class := "9A"
		if i%50 == 0 {
			class = "9"
		}
		fmt.Fprintf(&b, "p%d@skola.example.se\tTova\tLind%d\t%s\tSkola %d\tBorås\tstudent\t\r\n", i, i, class, i%40)
	}
	d := editor.New()
	d.Paste(0, 0, b.String())
	u.setDocument(d)
	return u
}

// BenchmarkEditInWindow100k is one typed value committed in the window
// at 100,000 rows: the edit, the re-check, the redraw of what changed and
// the cell's messages. The problem panel and status line follow once the
// edits pause (BenchmarkSummariesInWindow100k).
//
//	go test -tags ci ./internal/ui -run '^$' -bench EditInWindow -benchmem
func BenchmarkEditInWindow100k(b *testing.B) {
	u := bigUI(b, 100_000)
	row := u.doc.Row(500)
	col := editor.FieldColumn(roster.Class)
	values := []string{"9", "9B"}
	i := 0
	for b.Loop() {
		u.doc.SetCell(row.ID, col, values[i%2])
		i++
	}
}

// BenchmarkSummariesInWindow100k brings the problem panel and the status
// line up to date at 100,000 rows, as happens once edits pause.
func BenchmarkSummariesInWindow100k(b *testing.B) {
	u := bigUI(b, 100_000)
	for b.Loop() {
		u.refreshProblems()
		u.refreshStatus()
	}
}

// BenchmarkPageDownInWindow100k moves the cursor a page down and back at
// 100,000 rows, scrolling the grid, as holding PageDown does.
func BenchmarkPageDownInWindow100k(b *testing.B) {
	u := bigUI(b, 100_000)
	u.grid.MoveTo(50_000, 1, false)
	down := true
	for b.Loop() {
		if down {
			u.grid.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
		} else {
			u.grid.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageUp})
		}
		down = !down
	}
}
