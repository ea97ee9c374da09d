package ui

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// compareView is the "Compare with previous export" dialog: a summary,
// a warning when much of the previous list is gone, and the changes,
// each of which jumps to its row.
type compareView struct {
	summary *widget.Label
	warning *widget.Label
	list    *widget.List
	diff    roster.Diff
	dialog  dialog.Dialog
}

// onCompare asks for the previous upload file and compares the list with
// it.
func (u *UI) onCompare() {
	if u.doc == nil {
		return
	}
	u.commitEdit()
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		u.compareWith(path)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx", ".xlsm", ".csv", ".txt"}))
	// The previous upload file is where exports go.
	start := u.prefs.ExportFolder()
	if !isDir(start) {
		start = u.startFolder()
	}
	setLocation(d, start)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// compareWith reads the previous file at path off the window's goroutine,
// with a progress dialog that can be cancelled, and shows what changed
// since (in u.comparison), or why the file cannot be read.
func (u *UI) compareWith(path string) {
	now := u.doc.Roster().Clone()
	var (
		diff roster.Diff
		err  error
	)
	u.inBackground(newProgressDialog(filepath.Base(path), u.win), true,
		func() {
			var imp *sheet.Import
			if imp, err = sheet.ReadFile(path); err == nil {
				diff = roster.Compare(imp.Roster, now)
			}
		},
		func() {
			if err != nil {
				u.showError(lang.L("Compare with previous export"), err)
				return
			}
			u.comparison = u.showComparison(filepath.Base(path), diff)
		})
}

// showComparison shows a comparison of the list with the file named name.
func (u *UI) showComparison(name string, d roster.Diff) *compareView {
	cv := &compareView{diff: d}
	counts := map[roster.ChangeKind]int{}
	for _, c := range d.Changes {
		counts[c.Kind]++
	}
	cv.summary = widget.NewLabel(fmt.Sprintf(lang.L("Since %s: %d before, %d now. %d added, %d removed, %d moved school, %d moved class, %d new addresses."),
		name, d.OldRows, d.NewRows, counts[roster.Added], counts[roster.Removed],
		counts[roster.MovedSchool], counts[roster.MovedClass], counts[roster.EmailChanged]))
	cv.summary.Wrapping = fyne.TextWrapWord
	cv.warning = widget.NewLabel(fmt.Sprintf(lang.L("%d of the %d people of the previous list are gone. Is this the whole list, and was the right file compared?"),
		d.Removed(), d.OldRows))
	cv.warning.Wrapping = fyne.TextWrapWord
	cv.warning.Importance = widget.DangerImportance
	if !d.LargeLoss() {
		cv.warning.Hide()
	}
	cv.list = widget.NewList(func() int { return len(d.Changes) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(u.compareLine(d.Changes[i])) })
	cv.list.OnSelected = func(i widget.ListItemID) {
		cv.list.Unselect(i)
		if c := d.Changes[i]; c.New != nil {
			cv.dialog.Hide()
			u.showRow(c.New.ID)
		}
	}
	content := container.NewBorder(container.NewVBox(cv.summary, cv.warning), nil, nil, nil, cv.list)
	cv.dialog = dialog.NewCustom(lang.L("Compare with previous export"), lang.L("Close"), content, u.win)
	cv.dialog.Resize(fyne.NewSize(640, 480))
	cv.dialog.Show()
	return cv
}

// showRow moves the cursor to a row, showing it if a filter hides it.
func (u *UI) showRow(id roster.RowID) {
	pos := u.doc.Position(id)
	if pos < 0 {
		u.setFilter(editor.Filter{})
		pos = u.doc.Position(id)
	}
	if pos >= 0 {
		u.grid.MoveTo(pos, 0, false)
		u.focusGrid()
	}
}

// compareLine is a line of the comparison: a change, after the number of
// its row where the person is in the list, as the grid numbers it.
func (u *UI) compareLine(c roster.Change) string {
	if c.New == nil || u.doc.RowName(c.New.ID) == "" {
		return changeText(c)
	}
	return fmt.Sprintf(lang.L("Row %s: %s"), u.doc.RowName(c.New.ID), changeText(c))
}

// changeText says one change in words, with the person's name: it is
// shown on the user's own screen only.
func changeText(c roster.Change) string {
	row := c.New
	if row == nil {
		row = c.Old
	}
	name := row.Values[roster.FirstName] + " " + row.Values[roster.LastName]
	switch c.Kind {
	case roster.Added:
		return fmt.Sprintf(lang.L("Added: %s, %s %s"), name, row.Values[roster.Class], row.Values[roster.School])
	case roster.Removed:
		return fmt.Sprintf(lang.L("Removed: %s, %s %s"), name, row.Values[roster.Class], row.Values[roster.School])
	case roster.MovedSchool:
		return fmt.Sprintf(lang.L("%s moved school: %s → %s"), name, c.Old.Values[roster.School], c.New.Values[roster.School])
	case roster.MovedClass:
		return fmt.Sprintf(lang.L("%s moved class: %s → %s"), name, c.Old.Values[roster.Class], c.New.Values[roster.Class])
	}
	return fmt.Sprintf(lang.L("%s has a new email address"), name)
}
