package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
)

// recoveryOffer is the open "restore unsaved changes?" dialog, for tests.
type recoveryOffer struct {
	dialog           *dialog.CustomDialog
	restore, discard *widget.Button
}

// EnableRecovery makes every list the window opens keep a recovery
// journal in dir, and offers to restore the lists that earlier sessions
// left unsaved when the program or the computer stopped.
func (u *UI) EnableRecovery(dir string) {
	u.recoveryDir = dir
	if u.doc != nil {
		u.startJournal(u.doc)
	}
	found, problems := editor.FindRecoverable(dir)
	if len(problems) > 0 {
		lines := make([]string, len(problems))
		for i, p := range problems {
			lines[i] = say(p)
		}
		dialog.ShowInformation(lang.L("Recovery file damaged"), strings.Join(lines, "\n\n"), u.win)
	}
	u.offerRecovered(found)
}

// offerRecovered asks whether to restore the first of found: Restore opens
// it in the window, Discard throws its changes away and asks about the
// next. The rest wait for the next start.
func (u *UI) offerRecovered(found []*editor.Recovered) {
	if len(found) == 0 {
		u.recovery = nil
		return
	}
	r := found[0]
	name := r.Name()
	if name == "" {
		name = lang.L("a new list")
	}
	text := fmt.Sprintf(lang.L("Roster Desk was closed without saving the changes to %s. They were last kept at %s."),
		name, r.Changed.Format("2006-01-02 15:04"))
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(msg)
	if !r.Warning.IsZero() {
		warn := widget.NewLabel(say(r.Warning))
		warn.Wrapping = fyne.TextWrapWord
		warn.Importance = widget.WarningImportance
		content.Add(warn)
	}
	d := dialog.NewCustomWithoutButtons(lang.L("Restore unsaved changes?"), content, u.win)
	offer := &recoveryOffer{dialog: d}
	offer.restore = widget.NewButtonWithIcon(lang.L("Restore"), theme.HistoryIcon(), func() {
		d.Hide()
		for _, other := range found[1:] {
			other.Release()
		}
		u.recovery = nil
		u.confirmDiscard(func() {
			doc, err := r.Restore()
			u.setDocument(doc)
			if err != nil {
				u.showError(lang.L("Recovery is off"), err)
			}
		})
	})
	offer.restore.Importance = widget.HighImportance
	offer.discard = widget.NewButtonWithIcon(lang.L("Discard changes"), theme.DeleteIcon(), func() {
		d.Hide()
		r.Discard()
		u.offerRecovered(found[1:])
	})
	d.SetButtons([]fyne.CanvasObject{offer.discard, offer.restore})
	d.Resize(fyne.NewSize(dialogWidth, d.MinSize().Height))
	d.Show()
	u.recovery = offer
}

// startJournal makes d keep a recovery journal, when the window keeps
// them. A folder that cannot be written is said once.
func (u *UI) startJournal(d *editor.Document) {
	if u.recoveryDir == "" {
		return
	}
	if err := d.StartJournal(u.recoveryDir); err != nil && !u.recoveryOffWarned {
		u.recoveryOffWarned = true
		msg := lang.L("Unsaved changes cannot be kept for the case that Roster Desk stops") + ": " + errorText(err)
		dialog.ShowInformation(lang.L("Recovery is off"), msg, u.win)
	}
}

// closeJournal removes the recovery journal of the window's list: it
// was saved, or the user chose not to keep its changes.
func (u *UI) closeJournal() {
	if u.doc != nil {
		u.doc.CloseJournal()
	}
}

// quit quits after the user saved or chose not to save.
func (u *UI) quit() {
	u.rememberWindowSize()
	u.closeJournal()
	u.app.Quit()
}
