package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// onAddRows is File > Add rows from file…: it asks for a file and adds
// its rows to the open list (with no list open, it opens the file).
func (u *UI) onAddRows() {
	if u.doc == nil {
		u.onOpen()
		return
	}
	u.commitEdit()
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		u.prefs.SetOpenFolder(filepath.Dir(path))
		u.AddRowsFrom(path)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter(openExtensions))
	setLocation(d, u.startFolder())
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// AddRowsFrom reads a file off the window's goroutine, with a progress
// dialog as Open has, and adds its rows after the last row of the open
// list as one edit: each row keeps its file, sheet and row number, which
// the edit bar names. A file that cannot be read leaves the list as it is
// and says why; afterwards a dialog says how many rows came from where,
// and what the import did on its own (its notices).
func (u *UI) AddRowsFrom(path string) {
	doc := u.doc
	if doc == nil {
		u.OpenFile(path)
		return
	}
	var (
		imp *sheet.Import
		err error
	)
	u.inBackground(newProgressDialog(filepath.Base(path), u.win), true,
		func() { imp, err = sheet.ReadFile(path) },
		func() {
			if err != nil {
				u.showError(lang.L("Could not add the rows"), err)
				return
			}
			if u.doc != doc {
				return // another list was opened meanwhile
			}
			sources := imp.Sources
			notices := imp.Notices
			n := doc.AddRows(imp)
			u.grid.fitColumns(true)
			u.showAdded(n, sources, notices)
		})
}

// showAdded says how many rows were added from which sources, and the
// notices of the import.
func (u *UI) showAdded(n int, sources []sheet.Source, notices []sheet.Notice) {
	var where []string
	for _, s := range sources {
		where = append(where, s.Label())
	}
	added := lang.L("Added %d rows from %s.")
	if n == 1 {
		added = lang.L("Added %d row from %s.")
	}
	lines := []string{fmt.Sprintf(added, n, strings.Join(where, ", "))}
	for _, note := range notices {
		lines = append(lines, say(note.Message))
	}
	dialog.ShowInformation(lang.L("Rows added"), strings.Join(lines, "\n"), u.win)
}

// sourceSuffix says where a row came from, for the edit bar, when the
// list holds rows of several files or sheets: " · elever.xlsx:Elever",
// or " · added in the list" for a row typed or pasted in; "" otherwise.
func sourceSuffix(doc *editor.Document, r *roster.Row) string {
	if len(doc.Sources()) < 2 {
		return ""
	}
	if s, ok := doc.RowSource(r.ID); ok {
		return " · " + s.Label()
	}
	return " · " + lang.L("added in the list")
}
