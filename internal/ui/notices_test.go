package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// The notices dialog is as tall as its notes at its width, however many
// of them wrap: in Swedish the OK button covered the last note, as each
// note that wraps was measured one line high.
func TestNoticesAboveTheirButton(t *testing.T) {
	for _, l := range []string{"sv", "fi", "en"} {
		inLanguage(t, l)
		u := newWindow(t)
		u.OpenFile(filepath.Join("..", "sheet", "testdata", "import", "columns_cp1252.csv"))
		if u.notices == nil {
			t.Fatal("the list did not open with its notices")
		}
		d := fyne.CurrentApp().Driver()
		var ok *widget.Button
		var notes []*widget.Label
		walk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
			switch w := o.(type) {
			case *widget.Button:
				ok = w
			case *widget.Label:
				if w.Wrapping == fyne.TextWrapWord {
					notes = append(notes, w)
				}
			}
		})
		if ok == nil || len(notes) < 2 {
			t.Fatalf("%s: no OK button or too few notes (%d)", l, len(notes))
		}
		top := d.AbsolutePositionForObject(ok).Y
		for _, n := range notes {
			if n.Size().Height < n.MinSize().Height {
				t.Errorf("%s: %q is %.0f high, its text %.0f", l, n.Text, n.Size().Height, n.MinSize().Height)
			}
			if end := d.AbsolutePositionForObject(n).Y + n.Size().Height; end > top {
				t.Errorf("%s: %q ends at %.0f, under the OK button at %.0f", l, n.Text, end, top)
			}
		}
		u.notices.Hide()
	}
}
