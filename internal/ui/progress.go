package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// progressDialog shows that a file is read or written: its name over a
// bar that moves. The bar stops when the dialog closes: Fyne keeps a
// hidden dialog's bar animating, and redrawing the window, 60 times a
// second for as long as the program runs.
type progressDialog struct {
	dialog.Dialog
	bar *widget.ProgressBarInfinite
}

// newProgressDialog is the "opening" dialog: the file's name over a bar
// that moves while the file is read, and Cancel.
func newProgressDialog(name string, w fyne.Window) *progressDialog {
	return newReadingDialog(lang.L("Opening"), name, w)
}

// newReadingDialog is the dialog of a file being read: its name, under
// title, over a bar that moves while the file is read, and Cancel.
func newReadingDialog(title, name string, w fyne.Window) *progressDialog {
	content, bar := progressContent(name)
	d := &progressDialog{dialog.NewCustom(title, lang.L("Cancel"), content, w), bar}
	d.SetOnClosed(bar.Stop)
	return d
}

// newWritingDialog is the dialog of a file being written (Save, Export):
// its name over a moving bar, without Cancel (see inBackground).
func newWritingDialog(title, name string, w fyne.Window) *progressDialog {
	content, bar := progressContent(name)
	d := &progressDialog{dialog.NewCustomWithoutButtons(title, content, w), bar}
	d.SetOnClosed(bar.Stop)
	return d
}

// progressContent is the body of a progress dialog: the file's name over
// a bar that moves.
func progressContent(name string) (fyne.CanvasObject, *widget.ProgressBarInfinite) {
	bar := widget.NewProgressBarInfinite()
	return container.NewVBox(widget.NewLabel(name),
		container.NewGridWrap(fyne.NewSize(320, bar.MinSize().Height), bar)), bar
}

// inBackground runs work off the window's goroutine behind the progress
// dialog progress, and then done on the window's goroutine; the window
// keeps drawing and answering meanwhile.
//
// A read can be cancelled (cancellable, with newProgressDialog): Cancel
// returns to the window at once; the file is still read to its end in
// the background and done is then not called. A write has no Cancel
// (newWritingDialog): the file is replaced as a whole at its end, and a
// Cancel that could not stop that would say something untrue.
func (u *UI) inBackground(progress *progressDialog, cancellable bool, work, done func()) {
	ticket := u.reading
	if cancellable {
		u.reading++
		ticket = u.reading
		progress.SetOnClosed(func() {
			progress.bar.Stop()
			if u.reading == ticket {
				u.reading++ // the read in flight is no longer wanted
			}
		})
	}
	u.progress = progress
	progress.Show()
	// Work other than opening a list (which sets its own limits) runs
	// at the collector's usual pace: writing or reading another file
	// beside a large list needs more than the list's share.
	u.memory.lift()
	u.sched.background(work, func() {
		if cancellable && u.reading != ticket {
			return // cancelled, or another read started since
		}
		if u.progress == progress {
			u.progress = nil
		}
		progress.Hide()
		done()
	})
}
