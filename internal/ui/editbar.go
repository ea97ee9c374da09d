package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// cellEntry is the one editor of the grid, in the edit bar above it, as in
// Excel's formula bar. It hands Enter, Tab, Escape and the up and down
// arrows to onKey, and offers a list of values (roles, classes, schools)
// through a drop-down button.
type cellEntry struct {
	widget.Entry
	shift bool
	// onKey handles a key before the entry; it returns false to let the
	// entry have it.
	onKey func(name fyne.KeyName, shift bool) bool
	// onPick is called with a value chosen from the drop-down.
	onPick  func(value string)
	options []string
	button  *widget.Button
}

func newCellEntry() *cellEntry {
	e := &cellEntry{}
	e.ExtendBaseWidget(e)
	e.button = widget.NewButtonWithIcon("", theme.MenuDropDownIcon(), e.showOptions)
	e.button.Importance = widget.LowImportance
	e.button.Hide()
	e.ActionItem = e.button
	return e
}

// SetOptions sets the values the drop-down offers; none hides it.
func (e *cellEntry) SetOptions(options []string) {
	e.options = options
	if len(options) == 0 {
		e.button.Hide()
	} else {
		e.button.Show()
	}
}

func (e *cellEntry) showOptions() {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil || len(e.options) == 0 {
		return
	}
	items := make([]*fyne.MenuItem, len(e.options))
	for i, o := range e.options {
		items[i] = fyne.NewMenuItem(o, func() {
			if e.onPick != nil {
				e.onPick(o)
			}
		})
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
	pop := widget.NewPopUpMenu(fyne.NewMenu("", items...), c)
	pop.ShowAtPosition(pos.Add(fyne.NewPos(0, e.Size().Height)))
	pop.Resize(fyne.NewSize(e.Size().Width, pop.MinSize().Height))
}

// TypedKey gives onKey the first look at a key.
func (e *cellEntry) TypedKey(ev *fyne.KeyEvent) {
	if e.onKey != nil && e.onKey(ev.Name, e.shift) {
		return
	}
	e.Entry.TypedKey(ev)
}

// AcceptsTab keeps Tab in the entry, to commit and move right.
func (e *cellEntry) AcceptsTab() bool { return true }

// KeyDown tracks Shift, for Shift+Tab.
func (e *cellEntry) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(ev)
}

// KeyUp tracks Shift.
func (e *cellEntry) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(ev)
}

// FocusLost forgets Shift.
func (e *cellEntry) FocusLost() {
	e.shift = false
	e.Entry.FocusLost()
}

// newEditBar lays out the cell's name and the entry.
func newEditBar(name *widget.Label, entry *cellEntry) fyne.CanvasObject {
	name.TextStyle.Bold = true
	name.Truncation = fyne.TextTruncateEllipsis
	box := container.New(&nameLayout{name: name, height: entry.MinSize().Height}, name)
	return container.NewBorder(nil, nil, box, nil, entry)
}

// Widths of the cell's name in the edit bar: as a rule nameWidth, so that
// the entry stays put as the cursor moves; up to maxNameWidth for a name
// that says which file and sheet its row came from.
const (
	nameWidth    = 200
	maxNameWidth = 380
)

// nameLayout gives the cell's name nameWidth, or what its text needs up
// to maxNameWidth, at the entry's height.
type nameLayout struct {
	name   *widget.Label
	height float32
}

func (l *nameLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	w := fyne.MeasureText(l.name.Text, theme.TextSize(), l.name.TextStyle).Width + 4*theme.InnerPadding()
	return fyne.NewSize(min(max(w, nameWidth), maxNameWidth), l.height)
}

func (l *nameLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}
