package ui

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// showExported confirms an export, offers to open its folder, and
// reminds the user how the file may be sent.
func (u *UI) showExported(path string, rows, protected, leftOut int) {
	name := boldLabel(filepath.Base(path))
	where := widget.NewLabel(fmt.Sprintf(lang.L("in %s"), filepath.Dir(path)))
	where.Wrapping = fyne.TextWrapBreak
	counts := widget.NewLabel(count(rows, "%d row written,", "%d rows written,") + " " +
		fmt.Sprintf(lang.L("%d with protected identity left out."), protected))
	if leftOut > 0 {
		counts.SetText(counts.Text + " " + count(leftOut, "%d more row left out of the file.", "%d more rows left out of the file."))
	}
	remind := widget.NewLabel(lang.L("Upload the file only through your secure personal link.\nNever send it by email: it holds personal data."))
	remind.Importance = widget.WarningImportance
	remind.TextStyle.Bold = true
	body := container.NewVBox(name, where, counts, remind)
	d := newWideDialog(lang.L("The upload file is ready"), body, u.win)
	open := widget.NewButtonWithIcon(lang.L("Open folder"), theme.FolderOpenIcon(), func() {
		if err := u.openFolder(filepath.Dir(path)); err != nil {
			u.showError(lang.L("Could not open the folder"), err)
		}
	})
	buttons := []fyne.CanvasObject{open}
	if b := u.uploadLinkButton(); b != nil {
		buttons = append(buttons, b)
	}
	d.SetButtons(append(buttons, widget.NewButton(lang.L("Close"), d.Hide)))
	d.Show()
}
