package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// bigUI opens the window on a list of n people, one student in fifty
// with a problem (a bare grade), as a large municipality's first import
// has. The put-off refreshes of the problem panel are left out: the
// benchmarks measure them on their own, on this goroutine.
func bigUI(tb testing.TB, n int) *UI {
	u := windowOn(tb, n, func(i int, v *[roster.NumFields]string) {
		clean(i, v)
		if i%50 == 1 {
			v[roster.Class] = v[roster.Class][:1]
		}
	})
	manual(u).discardLater = true
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
	row := u.doc.Row(501) // a student
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
