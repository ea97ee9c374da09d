package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestProgressBarStopsWhenItsDialogCloses: a bar left running in a hidden
// dialog redraws the window 60 times a second while the program idles.
func TestProgressBarStopsWhenItsDialogCloses(t *testing.T) {
	u := newTestUI(t)
	d := newProgressDialog("elevlista.csv", u.win)
	d.Show()
	bar, _ := overlayWidget(u, func(o fyne.CanvasObject) bool {
		_, ok := o.(*widget.ProgressBarInfinite)
		return ok
	}).(*widget.ProgressBarInfinite)
	if bar == nil || !bar.Running() {
		t.Fatal("no moving progress bar while the dialog is shown")
	}
	d.Hide()
	if bar.Running() {
		t.Error("the progress bar still animates after its dialog closed")
	}
}
