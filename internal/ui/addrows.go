package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

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
	u.askRosterFile(u.AddRowsFrom)
}

// AddRowsFrom reads a file off the window's goroutine, with a progress
// dialog as Open has, and adds its rows after the last row of the open
// list as one edit: each row keeps its file, sheet and row number, which
// the edit bar names. A file that cannot be read leaves the list as it is
// and says why; afterwards a dialog says how many rows came from where,
// and what the import did on its own (its notices). With no list open,
// it opens the file.
func (u *UI) AddRowsFrom(path string) {
	if u.doc == nil {
		u.OpenFile(path)
		return
	}
	u.addFiles([]string{path}, nil)
}

// OpenFiles opens the first file as a new list, as OpenFile does, and
// adds the rows of the others to it, one by one, as File > Add rows from
// file… does: one list of several files (given as the program's
// arguments, or dropped on the window together).
func (u *UI) OpenFiles(paths ...string) {
	if len(paths) == 0 {
		return
	}
	u.openFileThen(paths[0], "", func() { u.addFiles(paths[1:], nil) })
}

// addFiles adds the rows of each file in turn to the open list, then
// says what came from where (said holds what the files before said).
func (u *UI) addFiles(paths []string, said []string) { u.addFileWith(paths, said, "", nil) }

// addFileWith adds the rows of the first of paths, read with password and
// leaving out the sheets skip names, then those of the others. Each file
// is read as a file opened is: an encrypted workbook asks for its
// password, and one with sheets that look like lists without a header
// asks whether to leave them out.
func (u *UI) addFileWith(paths []string, said []string, password string, skip []string) {
	if len(paths) == 0 {
		if len(said) > 0 {
			dialog.ShowInformation(lang.L("Rows added"), strings.Join(said, "\n"), u.win)
		}
		return
	}
	doc, path := u.doc, paths[0]
	var (
		got editor.FileToAdd
		err error
	)
	opts := u.readOptions(password)
	opts.SkipSheets = skip
	opts.Date = doc.LeaversDay() // the added rows' leavers are those of the list's day
	if opts.Date.IsZero() {
		opts.Date = u.now()
	}
	u.inBackground(newProgressDialog(filepath.Base(path), u.win), true,
		func() { got, err = editor.ReadToAdd(path, opts, u.prefs.ColumnMaps) },
		func() {
			if u.doc != doc {
				return // another list was opened meanwhile
			}
			if u.askToReadAgain(path, err, password, skip, func(password string, skip []string) {
				u.addFileWith(paths, said, password, skip)
			}) {
				return
			}
			if err != nil {
				u.showError(lang.L("Could not add the rows"), err)
				return
			}
			sources, notices := got.Import.Sources, got.Import.Notices
			n := doc.AddFile(got.Import, got.Options)
			u.grid.fitColumns(true)
			// As for a file opened: the bar says the remembered mapping
			// was applied, or why not, or offers to map what the added
			// file's headers did not say.
			switch {
			case got.MapErr != nil:
				u.mapBar.failed(got.MapErr)
			case got.Mapped != nil:
				u.mapBar.applied(got.Mapped)
			default:
				u.mapBar.offer(doc)
			}
			u.addFileWith(paths[1:], append(said, addedText(n, sources, notices)...), "", nil)
		})
}

// addedText says how many rows were added from which sources, and the
// notices of the import.
func addedText(n int, sources []sheet.Source, notices []sheet.Notice) []string {
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
	return lines
}

// sourceSuffix says where a row came from, for the edit bar, when the
// list holds rows of several files or sheets: " · elever.xlsx:Elever",
// or " · added in the list" for a row typed or pasted in; "" otherwise.
func sourceSuffix(doc *editor.Document, r *roster.Row) string {
	if len(doc.Sources()) < 2 {
		return ""
	}
	return " · " + rowSourceLabel(doc, r.ID)
}

// rowSourceLabel names the file and sheet a row came from
// ("elever.xlsx:Elever"), or says it was added in the list.
func rowSourceLabel(doc *editor.Document, id roster.RowID) string {
	if s, ok := doc.RowSource(id); ok {
		return s.Label()
	}
	return lang.L("added in the list")
}
