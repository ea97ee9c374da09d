package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tipDelay is how long the mouse rests on a button before its tip shows.
const tipDelay = 600 * time.Millisecond

// tipLayer draws the tips of the toolbar's buttons, which have an icon
// and no label (Fyne 2.7 has no tooltips), over the window's content.
// It takes no clicks and no hovering: those reach what is under it.
type tipLayer struct {
	layer *fyne.Container
	box   *fyne.Container
	text  *widget.Label
	after func(time.Duration, func())
	// owner is the button whose tip is wanted or shown; nil for none.
	owner fyne.CanvasObject
}

func newTipLayer(after func(time.Duration, func())) *tipLayer {
	t := &tipLayer{text: widget.NewLabel(""), after: after}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.InputRadiusSize()
	t.box = container.NewStack(bg, t.text)
	t.box.Hide()
	t.layer = container.NewWithoutLayout(t.box)
	return t
}

// wait shows owner's tip after tipDelay, unless the mouse has left it.
func (t *tipLayer) wait(owner fyne.CanvasObject, tip string) {
	t.owner = owner
	t.after(tipDelay, func() {
		if t.owner == owner {
			t.show(owner, tip)
		}
	})
}

// show puts tip under owner, inside the window.
func (t *tipLayer) show(owner fyne.CanvasObject, tip string) {
	d := fyne.CurrentApp().Driver()
	if d.CanvasForObject(owner) == nil {
		return
	}
	t.text.SetText(tip)
	size := t.box.MinSize()
	pos := d.AbsolutePositionForObject(owner).Subtract(d.AbsolutePositionForObject(t.layer))
	pos = pos.AddXY(0, owner.Size().Height+theme.Padding())
	if room := t.layer.Size().Width; pos.X+size.Width > room {
		pos.X = max(0, room-size.Width)
	}
	t.box.Resize(size)
	t.box.Move(pos)
	t.box.Show()
	t.layer.Refresh()
}

// hide takes owner's tip away.
func (t *tipLayer) hide(owner fyne.CanvasObject) {
	if t.owner != owner {
		return
	}
	t.owner = nil
	t.box.Hide()
}

// tipAction is a toolbar button with an icon and a tip that names what
// it does.
type tipAction struct {
	icon   fyne.Resource
	tip    string
	action func()
	tips   *tipLayer
	button *tipButton
}

// ToolbarObject is the button (widget.ToolbarItem), made once: the
// toolbar asks again at every refresh, a change of theme included, and
// lays out only the objects it had.
func (a *tipAction) ToolbarObject() fyne.CanvasObject {
	if a.button == nil {
		a.button = &tipButton{tip: a.tip, tips: a.tips}
		a.button.Icon, a.button.OnTapped, a.button.Importance = a.icon, a.action, widget.LowImportance
		a.button.ExtendBaseWidget(a.button)
	}
	return a.button
}

// tipButton is the button of a tipAction.
type tipButton struct {
	widget.Button
	tip  string
	tips *tipLayer
}

// MouseIn starts the wait for the tip (desktop.Hoverable).
func (b *tipButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	b.tips.wait(b, b.tip)
}

// MouseOut takes the tip away.
func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	b.tips.hide(b)
}

// Tapped takes the tip away and does the button's action.
func (b *tipButton) Tapped(e *fyne.PointEvent) {
	b.tips.hide(b)
	b.Button.Tapped(e)
}
