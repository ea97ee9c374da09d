package ui

import (
	"net/url"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// uploadLinkButton opens the secure upload link of the preferences in
// the browser, where the user uploads the file; nil when no link is set.
// Roster Desk itself never connects anywhere.
func (u *UI) uploadLinkButton() *widget.Button {
	link := u.prefs.UploadLink()
	if link == "" || !validUploadLink(link) {
		return nil
	}
	target, err := url.Parse(link)
	if err != nil {
		return nil
	}
	b := widget.NewButtonWithIcon(lang.L("Open the upload page"), theme.ComputerIcon(), func() {
		if err := u.app.OpenURL(target); err != nil {
			u.showError(lang.L("Could not open the upload page"), err)
		}
	})
	b.Importance = widget.HighImportance
	return b
}
