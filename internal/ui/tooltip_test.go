package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// toolButton finds the toolbar button whose tip is tip.
func toolButton(t *testing.T, u *UI, tip string) *tipButton {
	t.Helper()
	for _, o := range test.WidgetRenderer(u.toolbar).Objects() {
		if b, ok := o.(*tipButton); ok && b.tip == tip {
			return b
		}
	}
	t.Fatalf("no toolbar button with the tip %q", tip)
	return nil
}

func TestEveryToolbarButtonHasATip(t *testing.T) {
	u := newTestUI(t)
	n := 0
	for _, o := range test.WidgetRenderer(u.toolbar).Objects() {
		if b, ok := o.(*tipButton); ok {
			n++
			if b.tip == "" || b.Text != "" || b.Icon == nil {
				t.Errorf("a toolbar button with the tip %q, text %q, icon %v: want an icon and a tip", b.tip, b.Text, b.Icon)
			}
		}
	}
	if n != len(u.toolbar.Items)-4 { // all but the four separators
		t.Errorf("%d of the toolbar's %d items are buttons with tips", n, len(u.toolbar.Items))
	}
}

func TestTipShowsWhileTheMouseRests(t *testing.T) {
	u := newTestUI(t)
	b := toolButton(t, u, "Undo")
	c := u.win.Canvas()
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).AddXY(4, 4)
	test.MoveMouse(c, at)
	if u.tips.box.Visible() {
		t.Fatal("the tip shows before the mouse has rested")
	}
	manual(u).runLater()
	if !u.tips.box.Visible() || u.tips.text.Text != "Undo" {
		t.Fatalf("after a rest the tip is visible=%v with %q", u.tips.box.Visible(), u.tips.text.Text)
	}
	if tipY, bottom := u.tips.box.Position().Y, at.Y-4+b.Size().Height; tipY < bottom {
		t.Errorf("the tip at y=%v covers its button, which ends at %v", tipY, bottom)
	}
	test.MoveMouse(c, fyne.NewPos(at.X, at.Y+300))
	if u.tips.box.Visible() {
		t.Error("the tip stays after the mouse left its button")
	}

	// Leaving before the rest is over shows no tip.
	test.MoveMouse(c, at)
	test.MoveMouse(c, fyne.NewPos(at.X, at.Y+300))
	manual(u).runLater()
	if u.tips.box.Visible() {
		t.Error("a tip shows for a button the mouse has left")
	}
}
