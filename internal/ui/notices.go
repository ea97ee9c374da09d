package ui

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// showNotices says what the import of the list just opened did on its
// own (grade and section joined, leavers left out, job titles read as
// teacher, spaces removed), so that nothing is done silently; nothing
// when it did nothing of the kind.
func (u *UI) showNotices() {
	if u.doc == nil || len(u.doc.Notices()) == 0 {
		return
	}
	box := container.NewVBox()
	for _, n := range u.doc.Notices() {
		l := widget.NewLabel(upperFirst(say(n)))
		l.Wrapping = fyne.TextWrapWord
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, l))
	}
	d := newWideDialog(lang.L("Read from the file"), box, u.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("OK"), d.Hide)})
	u.notices = d
	d.Show()
}

// upperFirst starts a sentence: a notice is written to follow a file's
// name on the command line, in lower case.
func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+utf8.RuneLen(r):]
	}
	return s
}
