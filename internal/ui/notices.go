package ui

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// showNoticesThen says what the import of the list just opened did on
// its own (grade and section joined, leavers left out, job titles read as
// teacher, spaces removed), so that nothing is done silently; nothing
// when it did nothing of the kind. It then runs then, if not nil, once
// the dialog is closed (at once where there is nothing to say): the rows
// of the next files given (OpenFiles) are added after the user has read
// what the first file's import did, not in a dialog over it.
func (u *UI) showNoticesThen(then func()) {
	if u.doc == nil || len(u.doc.Notices()) == 0 {
		runThen(then)
		return
	}
	box := container.NewVBox()
	height := float32(0)
	for _, n := range u.doc.Notices() {
		l := widget.NewLabel(upperFirst(say(n)))
		l.Wrapping = fyne.TextWrapWord
		// A wrapped label knows its height only at its width: measure it
		// there, or the dialog is too low for it.
		l.Resize(fyne.NewSize(dialogWidth-theme.IconInlineSize()-3*theme.Padding(), 0))
		line := container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, l)
		box.Add(line)
		height += l.MinSize().Height + 2*theme.Padding()
	}
	d := dialog.NewCustomWithoutButtons(lang.L("Read from the file"),
		container.NewGridWrap(fyne.NewSize(dialogWidth, height), box), u.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("OK"), d.Hide)})
	if then != nil {
		d.SetOnClosed(then)
	}
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
