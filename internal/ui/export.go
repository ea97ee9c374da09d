package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/sheet"
)

// dateLayout is how the export date is typed and named: yyyymmdd.
const dateLayout = "20060102"

// exportDialog shows what Export for upload will write and writes it:
// the file name (municipality and date editable), the folder, the rows,
// and the problems. It is blocked while errors remain.
type exportDialog struct {
	u    *UI
	plan editor.ExportPlan
	dlg  *dialog.CustomDialog
	// overlay is the dialog's place among the window's overlays.
	overlay fyne.CanvasObject

	name, folder, note *widget.Label
	municipality, date *dialogEntry
	button             *widget.Button
	// follow makes the list's leavers those of the export date.
	follow *widget.Button
	// reread reads a school-data list again for the date typed, where it
	// reads otherwise on it than on the date it was read for.
	reread *widget.Button
	// body is the dialog's content, in wrap at the dialog's width; height
	// is the height wrap gives it, which grows with the note (fit).
	body   *fyne.Container
	wrap   *fyne.Container
	height float32
	// noMarks is the box to tick for a list from a school data export
	// without a protected-identity field; nil for any other list.
	noMarks *widget.Check
	// blocked says the export is blocked; nil when the plan has no error.
	blocked *widget.Label

	// question is the last "replace the existing file?" question asked.
	question *replaceQuestion
}

// onExport opens the export dialog, dated today.
func (u *UI) onExport() { u.exportFor(u.now()) }

// exportFor opens the export dialog with the date date.
func (u *UI) exportFor(date time.Time) {
	if u.doc == nil || u.exporter.open() {
		return // Ctrl+E reaches the menu over a dialog, this one too
	}
	u.commitEdit()
	e := &exportDialog{u: u, plan: u.doc.PlanExport(u.prefs.ExportFolder(), date)}
	if e.plan.Municipality == "" {
		e.plan.Municipality = u.prefs.DefaultMunicipality()
	}
	e.build()
	u.exporter = e
	e.overlay = u.showEscapable(e.dlg, e.dlg.Hide)
}

func (e *exportDialog) build() {
	p := e.plan
	e.name = boldLabel("")
	e.note = widget.NewLabel("")
	e.note.Wrapping = fyne.TextWrapWord
	e.note.Importance = widget.DangerImportance
	e.municipality = newDialogEntry(e.u.escape)
	e.municipality.SetText(p.Municipality)
	e.municipality.OnChanged = func(string) { e.refresh() }
	if e.u.doc.RowsMunicipality() != "" {
		// The rows name the municipality, and the file is named after
		// them: a name typed here would name the file after another.
		e.municipality.Disable()
	}
	e.date = newDialogEntry(e.u.escape)
	e.date.SetText(p.Date.Format(dateLayout))
	e.date.OnChanged = func(string) { e.refresh() }
	e.folder = widget.NewLabel(p.Dir)
	e.folder.Truncation = fyne.TextTruncateEllipsis
	choose := widget.NewButtonWithIcon(lang.L("Choose…"), theme.FolderOpenIcon(), e.chooseFolder)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("File name"), e.name),
		widget.NewFormItem(lang.L("Municipality"), e.municipality),
		widget.NewFormItem(lang.L("Date (yyyymmdd)"), e.date),
		widget.NewFormItem(lang.X("export.folder", "Folder"), container.NewBorder(nil, nil, nil, choose, e.folder)),
	)
	e.follow = e.newFollowButton()
	e.reread = widget.NewButtonWithIcon("", theme.ViewRefreshIcon(), e.readAgain)
	body := container.NewVBox(form, widget.NewLabel(rowsText(p)), e.note, e.follow, container.NewHBox(e.reread))
	if p.Unmarked > 0 {
		// A mark taken away by mistake lets a protected pupil out:
		// said before writing, where it cannot be missed.
		unmarked := widget.NewLabel(count(p.Unmarked,
			"%d row that was marked protected in the file will be exported: you removed its mark.",
			"%d rows that were marked protected in the file will be exported: you removed their marks."))
		unmarked.Importance = widget.WarningImportance
		unmarked.TextStyle.Bold = true
		unmarked.Wrapping = fyne.TextWrapWord
		body.Add(unmarked)
	}
	if len(p.Errors) > 0 {
		e.blocked = widget.NewLabel(count(len(p.Errors), "BLOCKED: fix this error first. Click it to go to its cell.", "BLOCKED: fix these %d errors first. Click one to go to its cell."))
		e.blocked.Importance = widget.DangerImportance
		e.blocked.TextStyle.Bold = true
		body.Add(e.blocked)
		body.Add(e.problemList(p.Errors, true))
	}
	if e.u.doc.NeedsNoMarksConfirmation() {
		// The answer to the error protected_unknown, under it.
		e.noMarks = widget.NewCheck(lang.L("I have checked: no one in this list has protected identity"), func(on bool) {
			e.plan.NoProtectedMarks = on
			e.refresh()
		})
		body.Add(e.noMarks)
	}
	if len(p.Warnings) > 0 {
		if len(p.Errors) > 0 {
			body.Add(widget.NewLabel(countWarnings(len(p.Warnings))))
		} else {
			body.Add(widget.NewLabel(count(len(p.Warnings), "%d warning: you may export anyway.", "%d warnings: you may export anyway.")))
		}
		body.Add(e.problemList(p.Warnings, false))
	}
	e.button = widget.NewButtonWithIcon(lang.L("Export"), theme.UploadIcon(), e.export)
	e.button.Importance = widget.HighImportance
	e.body = body
	e.refresh()
	e.height = body.MinSize().Height
	e.wrap = container.NewGridWrap(fyne.NewSize(exportWidth, e.height), body)
	e.dlg = dialog.NewCustomWithoutButtons(lang.L("Export for upload"), e.wrap, e.u.win)
	e.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), e.dlg.Hide), e.button})
}

// rowsText says what the export writes and leaves out; while errors
// block it, it writes nothing, so it counts the rows without saying they
// will be written.
func rowsText(p editor.ExportPlan) string {
	text := count(p.Rows, "%d row will be written.", "%d rows will be written.")
	if len(p.Errors) > 0 {
		text = count(p.Rows, "%d row to export once the errors are fixed.", "%d rows to export once the errors are fixed.")
	}
	text += " " + count(p.Protected, "%d row with protected identity is left out.", "%d rows with protected identity are left out.")
	if p.LeftOut > 0 {
		text += " " + count(p.LeftOut, "%d more row is left out of the file.", "%d more rows are left out of the file.")
	}
	return text
}

// open reports whether the dialog is shown, under others or not; false
// for nil.
func (e *exportDialog) open() bool {
	return e != nil && slices.Contains(e.u.win.Canvas().Overlays().List(), e.overlay)
}

// Blocked reports whether the export is refused.
func (e *exportDialog) Blocked() bool { return e.button.Disabled() }

func (e *exportDialog) refresh() {
	e.plan.Municipality = strings.TrimSpace(e.municipality.Text)
	date, err := time.Parse(dateLayout, strings.TrimSpace(e.date.Text))
	if err == nil {
		e.plan.Date = date
		e.plan.Leavers = e.u.doc.LeaversOn(date)
	}
	showIf(e.follow, err == nil && e.plan.Leavers.Any())
	e.name.SetText(e.plan.Name())
	defer func() {
		showIf(e.note, e.note.Text != "")
		e.fit()
	}()
	if e.blocked != nil {
		showIf(e.blocked, len(e.plan.Blocking()) > 0)
	}
	// Who is in the list hangs on the date it was read for: for a date
	// on which other people are in it, never a file of the wrong ones.
	otherDay := err == nil && !e.u.doc.SameOn(date)
	showIf(e.reread, otherDay)
	switch {
	case otherDay:
		read, typed := e.u.doc.ReadFor().Format(dateLayout), date.Format(dateLayout)
		e.note.SetText(fmt.Sprintf(lang.L("The list was read for %s; on %s other people are in it (an enrolment, a role or an end date begins or ends between the two days). Read it again for %s, or export it for %s."), read, typed, typed, read))
		e.reread.SetText(fmt.Sprintf(lang.L("Read again for %s"), typed))
		e.button.Disable()
	case len(e.plan.Blocking()) > 0:
		e.note.SetText("")
		e.button.Disable()
	case err != nil:
		e.note.SetText(lang.L("Write the date as yyyymmdd, e.g. 20260901."))
		e.button.Disable()
	case e.plan.Leavers.Any():
		e.note.SetText(e.leaversNote())
		e.button.Disable()
	case e.plan.Municipality == "":
		e.note.SetText(lang.L("Write the municipality."))
		e.button.Disable()
	default:
		e.note.SetText("")
		e.button.Enable()
	}
}

// exportWidth is the width of the export dialog's content.
const exportWidth = 640

// fit makes the dialog as tall as its content, which the note and the
// button to read the list again make taller or shorter as the date or
// the municipality is typed.
func (e *exportDialog) fit() {
	if e.wrap == nil {
		return
	}
	// A wrapped label is as tall as its lines at its width.
	e.note.Resize(fyne.NewSize(exportWidth, e.note.MinSize().Height))
	h := e.body.MinSize().Height
	if h == e.height {
		return
	}
	e.height = h
	e.wrap.Layout = layout.NewGridWrapLayout(fyne.NewSize(exportWidth, h))
	e.wrap.Refresh()
	e.dlg.Resize(e.dlg.MinSize())
}

func (e *exportDialog) chooseFolder() {
	d := dialog.NewFolderOpen(func(uri fyne.ListableURI, err error) {
		if err != nil || uri == nil {
			return
		}
		e.plan.Dir = uri.Path()
		e.folder.SetText(e.plan.Dir)
		e.refresh()
	}, e.u.win)
	setLocation(d, e.plan.Dir)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// export writes the upload file off the window's goroutine: the
// snapshot of the list is taken here, the file is written and read back
// behind a progress dialog, and the window keeps answering meanwhile.
func (e *exportDialog) export() {
	if e.Blocked() {
		return
	}
	e.write(e.plan)
}

// write exports as p says, off the window's goroutine: the snapshot of
// the list is taken here, the file is written and read back behind a
// progress dialog, and the window keeps answering meanwhile. A file of
// the same name makes it ask first.
func (e *exportDialog) write(p editor.ExportPlan) {
	job, err := e.u.doc.PrepareExport(p)
	var exists *editor.ExistsError
	if errors.As(err, &exists) {
		e.readExisting(exists.Path, p)
		return
	}
	if err != nil {
		e.u.showError(lang.L("Could not export"), err)
		return
	}
	e.dlg.Hide()
	var sum sheet.ExportSummary
	e.u.inBackground(newWritingDialog(lang.L("Exporting"), e.plan.Name(), e.u.win), false,
		func() { sum, err = job.Write() },
		func() {
			if err != nil {
				e.overlay = e.u.showEscapable(e.dlg, e.dlg.Hide) // as it was, under the message
				e.u.showError(lang.L("Could not export"), err)
				return
			}
			e.u.prefs.SetExportFolder(e.plan.Dir)
			e.u.showExported(sum.Path, sum.Rows, sum.Protected, sum.LeftOut)
		})
}
