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
	texts := make([]string, len(u.doc.Notices()))
	for i, n := range u.doc.Notices() {
		texts[i] = upperFirst(say(n))
	}
	box, height := noticeLines(texts)
	d := dialog.NewCustomWithoutButtons(lang.L("Read from the file"),
		container.NewGridWrap(fyne.NewSize(dialogWidth, height), box), u.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("OK"), d.Hide)})
	if then != nil {
		d.SetOnClosed(then)
	}
	u.notices = d
	d.Show()
}

// noticeLines lays texts out a line each, with an info icon, wrapped at
// the dialog's width, and returns them with the height they take there.
func noticeLines(texts []string) (*fyne.Container, float32) {
	box := container.NewVBox()
	for _, text := range texts {
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, l))
	}
	// A wrapped label knows its height only once laid out at its width,
	// which is the dialog's less the icon's: lay the box out there first,
	// or the notes are measured one line high and the OK button covers
	// the last one.
	box.Resize(fyne.NewSize(dialogWidth, 0))
	return box, box.MinSize().Height
}

// upperFirst starts a sentence: a notice is written to follow a file's
// name on the command line, in lower case.
func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+utf8.RuneLen(r):]
	}
	return s
}
