package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Esc cancels a dialog, as it cancels an edit in the grid. Fyne 2.7's
// dialogs do not listen for it: a key pressed while nothing in a dialog
// has the keyboard goes to the window's canvas, and one pressed in an
// entry goes to the entry. The window therefore keeps, for each dialog
// that Esc cancels, what cancelling it does, and runs that when Esc
// reaches the canvas (onCanvasKey) or an entry of the dialog
// (dialogEntry) while the dialog is the window's top overlay: Esc in a
// folder chooser opened from a dialog never closes the dialog under it.

// showEscapable shows d and makes Esc run cancel while d is on top. It
// returns d's overlay.
func (u *UI) showEscapable(d dialog.Dialog, cancel func()) fyne.CanvasObject {
	d.Show()
	overlays := u.win.Canvas().Overlays()
	if u.escapes == nil {
		u.escapes = map[fyne.CanvasObject]func(){}
	}
	for o := range u.escapes {
		if !slices.Contains(overlays.List(), o) {
			delete(u.escapes, o) // a dialog closed since
		}
	}
	u.escapes[overlays.Top()] = cancel
	return overlays.Top()
}

// onCanvasKey takes the keys that reach the window with nothing focused.
func (u *UI) onCanvasKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		u.escape()
	}
}

// escape cancels the dialog on top of the window, if Esc cancels it.
func (u *UI) escape() {
	top := u.win.Canvas().Overlays().Top()
	if cancel, ok := u.escapes[top]; ok && top != nil && top.Visible() {
		cancel()
	}
}

// dialogEntry is an entry in a dialog that Esc cancels: Esc typed in it
// cancels the dialog, as it does anywhere else in the dialog.
type dialogEntry struct {
	widget.Entry
	onEscape func()
}

func newDialogEntry(onEscape func()) *dialogEntry {
	e := &dialogEntry{onEscape: onEscape}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey hands Esc to the dialog and any other key to the entry.
func (e *dialogEntry) TypedKey(ev *fyne.KeyEvent) { escapeOr(ev, e.onEscape, e.Entry.TypedKey) }

// dialogList is a list in a dialog that Esc cancels: Esc typed while the
// list has the keyboard cancels the dialog.
type dialogList struct {
	widget.List
	onEscape func()
}

func newDialogList(onEscape func(), length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *dialogList {
	l := &dialogList{List: widget.List{Length: length, CreateItem: create, UpdateItem: update}, onEscape: onEscape}
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey hands Esc to the dialog and any other key to the list.
func (l *dialogList) TypedKey(ev *fyne.KeyEvent) { escapeOr(ev, l.onEscape, l.List.TypedKey) }

// escapeOr runs onEscape for Esc and hands any other key to typed.
func escapeOr(ev *fyne.KeyEvent, onEscape func(), typed func(*fyne.KeyEvent)) {
	if ev.Name == fyne.KeyEscape {
		onEscape()
		return
	}
	typed(ev)
}
