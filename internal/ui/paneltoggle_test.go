package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestProblemPanelHidesAndIsRemembered(t *testing.T) {
	u := newTestUI(t)
	if !u.problemPanel.Visible() || !u.panelItem.Checked {
		t.Fatal("the problem panel must show at the first start")
	}
	gridWidth := u.grid.Size().Width
	u.toggleProblemPanel()
	if u.problemPanel.Visible() || u.panelItem.Checked {
		t.Fatal("the toggle did not hide the panel, or the menu still ticks it")
	}
	if w := u.grid.Size().Width; w <= gridWidth {
		t.Errorf("the grid is %v wide with the panel hidden, %v with it shown: it must take the room", w, gridWidth)
	}

	next := New(u.app)
	t.Cleanup(next.win.Close)
	if next.problemPanel.Visible() || next.panelItem.Checked {
		t.Error("the hidden panel is shown again at the next start")
	}
	next.toggleProblemPanel()
	if !next.problemPanel.Visible() || !next.panelItem.Checked || next.prefs.ProblemPanelHidden() {
		t.Error("the toggle did not show the panel again")
	}
}

// TestProblemPanelToggleIsOnTheToolbar: the toolbar's last button shows
// and hides the panel, and its tip says so.
func TestProblemPanelToggleIsOnTheToolbar(t *testing.T) {
	u := newTestUI(t)
	b := toolButton(t, u, "Show or hide the problem list")
	test.Tap(b)
	if u.problemPanel.Visible() {
		t.Error("the toolbar's toggle did not hide the panel")
	}
}
