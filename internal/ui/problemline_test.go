package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

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

// TestLineButtonClearsTheScrollBar lays a line out at the panel's least
// width: its Choose… button ends left of the list's scroll bar, which
// Fyne draws over the right edge of the lines.
func TestLineButtonClearsTheScrollBar(t *testing.T) {
	test.NewTempApp(t)
	o := newProblemLine()
	_, l, _, b := lineParts(o)
	l.SetText(`8 · Class: "9" is only the grade: write the class, for example 9A`)
	b.SetText("Choose…")
	o.Resize(fyne.NewSize(minPanelWidth, o.MinSize().Height))
	c, _, _, _ := lineParts(o)
	right := c.Position().X + b.Position().X + b.Size().Width
	if limit := float32(minPanelWidth) - theme.ScrollBarSize(); right > limit {
		t.Errorf("the button ends at %.0f; the scroll bar starts at %.0f", right, limit)
	}
	if b.Size().Width < b.MinSize().Width {
		t.Errorf("the button is %.0f wide, less than its %.0f", b.Size().Width, b.MinSize().Width)
	}
}
