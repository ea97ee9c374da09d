package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestLineButtonUnderTextWhenNarrow: at the panel's least width a line's
// button goes under its text, which gets the line's whole width (beside
// the button, "Obligatoriskt" and a file name were broken in two); on a
// wide line the button stays beside the text. The height the panel
// gives the line holds both.
func TestLineButtonUnderTextWhenNarrow(t *testing.T) {
	u := newTestUI(t)
	pp := u.problems
	line := -1
	for i, it := range pp.items {
		if !it.heading && it.hasButton() {
			line = i
			break
		}
	}
	if line < 0 {
		t.Fatal("no line with a button")
	}
	for _, width := range []float32{minPanelWidth, 420} {
		pp.fitHeights(width)
		o := newProblemLine()
		pp.updateLine(line, o)
		height := pp.heights[lineKey{text: pp.items[line].text(), button: true}]
		o.Resize(fyne.NewSize(width, height))
		c, l, _, b := lineParts(o)
		under := b.Position().Y >= l.Position().Y+l.Size().Height
		if want := width < stackBelowWidth; under != want {
			t.Errorf("width %.0f: button under the text %v, want %v", width, under, want)
		}
		if under && l.Size().Width < c.Size().Width-60 {
			t.Errorf("width %.0f: the text is %.0f wide of the line's %.0f", width, l.Size().Width, c.Size().Width)
		}
		if bottom := b.Position().Y + b.Size().Height; bottom > height+0.5 {
			t.Errorf("width %.0f: the button ends at %.0f, below the line's %.0f", width, bottom, height)
		}
		if l.MinSize().Height > l.Size().Height+0.5 {
			t.Errorf("width %.0f: the text needs %.0f, it has %.0f", width, l.MinSize().Height, l.Size().Height)
		}
	}
}
