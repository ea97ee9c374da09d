package ui

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
)

// replaceQuestion asks what to do about an upload file of the same name
// in the export folder: replace it, or export to another folder. The
// name itself never changes: it is the name the platform expects.
type replaceQuestion struct {
	dlg                          *dialog.CustomDialog
	replace, otherFolder, cancel *widget.Button
}

// readExisting reads the file of the same name that export p would
// replace, off the window's goroutine (a large list takes a while), and
// then asks about it. Cancelled, it returns to the export dialog.
func (e *exportDialog) readExisting(path string, p editor.ExportPlan) {
	var (
		file editor.ExistingFile
		ok   bool
	)
	e.u.inBackground(newReadingDialog(lang.L("Reading"), filepath.Base(path), e.u.win), true,
		func() { file, ok = editor.ReadExisting(path) },
		func() {
			if !ok {
				e.write(p) // gone meanwhile: nothing to ask about
				return
			}
			e.askReplace(file)
		})
}

// askReplace shows the question for file; Replace exports again over it.
func (e *exportDialog) askReplace(file editor.ExistingFile) {
	name := boldLabel(filepath.Base(file.Path))
	what := lang.L("It is not a list Roster Desk can read.")
	if file.Rows >= 0 {
		what = fmt.Sprintf(lang.L("It holds %s and was saved %s."),
			count(file.Rows, "%d row", "%d rows"), file.Modified.Format("2006-01-02 15:04"))
	}
	body := container.NewVBox(
		widget.NewLabel(fmt.Sprintf(lang.L("An upload file of this name is already in %s:"), filepath.Base(filepath.Dir(file.Path)))),
		name, widget.NewLabel(what),
		widget.NewLabel(lang.L("Replace it with the list as it is now, or export to another folder.")))
	q := &replaceQuestion{}
	q.dlg = newWideDialog(lang.L("The upload file exists already"), body, e.u.win)
	q.cancel = widget.NewButton(lang.L("Cancel"), q.dlg.Hide)
	q.otherFolder = widget.NewButtonWithIcon(lang.L("Another folder…"), theme.FolderOpenIcon(), func() {
		q.dlg.Hide()
		e.chooseFolder()
	})
	q.replace = widget.NewButtonWithIcon(lang.L("Replace"), theme.UploadIcon(), func() {
		q.dlg.Hide()
		p := e.plan
		p.Replace = true
		e.write(p)
	})
	q.replace.Importance = widget.DangerImportance
	q.dlg.SetButtons([]fyne.CanvasObject{q.cancel, q.otherFolder, q.replace})
	e.question = q
	e.u.showEscapable(q.dlg, q.dlg.Hide)
}
