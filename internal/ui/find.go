package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// findBar finds text in the cells: Enter or Next goes to the next cell
// that holds it.
type findBar struct {
	u     *UI
	box   *fyne.Container
	entry *widget.Entry
	note  *widget.Label
}

func newFindBar(u *UI) *findBar {
	fb := &findBar{u: u, entry: widget.NewEntry(), note: widget.NewLabel("")}
	fb.entry.SetPlaceHolder(lang.L("Find in the list"))
	fb.entry.OnSubmitted = func(string) { fb.next() }
	next := widget.NewButtonWithIcon(lang.L("Next"), theme.SearchIcon(), fb.next)
	close := widget.NewButtonWithIcon("", theme.CancelIcon(), fb.hide)
	close.Importance = widget.LowImportance
	fb.box = container.NewBorder(nil, nil, widget.NewLabel(lang.L("Find")), container.NewHBox(fb.note, next, close), fb.entry)
	fb.box.Hide()
	return fb
}

func (fb *findBar) next() {
	d := fb.u.doc
	if d == nil {
		return
	}
	row, col := fb.u.grid.Cursor()
	r, c, ok := d.Find(fb.entry.Text, row, col)
	if !ok {
		fb.note.SetText(lang.L("Not found"))
		return
	}
	fb.note.SetText("")
	fb.u.grid.MoveTo(r, int(c), false)
}

func (fb *findBar) hide() {
	fb.box.Hide()
	fb.u.focusGrid()
}

func (fb *findBar) reset() {
	fb.entry.SetText("")
	fb.note.SetText("")
}

// onFind shows the find bar and puts the cursor in it.
func (u *UI) onFind() {
	if u.doc == nil {
		return
	}
	u.find.box.Show()
	u.win.Canvas().Focus(u.find.entry)
}
