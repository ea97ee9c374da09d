package ui

import (
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/sheet"
)

// mapDialog is the open "Map columns" dialog, for tests.
type mapDialog struct {
	doc     *editor.Document
	dialog  *dialog.CustomDialog
	cols    []sheet.SourceColumn
	choices []*widget.Select
	apply   *widget.Button
	// targets are the choices of each column, in the order offered, and
	// labels their words, by index: a column that is or sounds like a
	// protection mark (sheet.MarkHeader) is offered only "it marks
	// protected identity" or "it is not a protection mark", never a
	// plain "not sent" that reads as "do not send this column".
	targets [][]sheet.Target
	labels  [][]string
	// undecided says which columns may be protection marks that no one
	// has settled: any choice of theirs is a change.
	undecided []bool
}

// mapDialogSize is the dialog's size: wide enough for a header, its
// choice and a preview of three values side by side.
var mapDialogSize = fyne.NewSize(900, 560)

// onMapColumns is List > Map columns…: what each column of the file holds.
func (u *UI) onMapColumns() {
	if u.doc == nil {
		return
	}
	u.commitEdit()
	switch {
	case u.doc.SourceColumns() == nil && u.doc.SchoolData():
		dialog.ShowInformation(lang.L("Map columns"), lang.L("A school data export's columns are read as its standard says. To leave out people with protected identity, read a list of them (File > Read list of protected people…), or mark their rows (Edit > Mark as protected identity)."), u.win)
		return
	case u.doc.SourceColumns() == nil:
		dialog.ShowInformation(lang.L("Map columns"), lang.L("Only a list read from a file has columns to map: open the school system's export."), u.win)
		return
	}
	u.mapper = u.showMapDialog()
}

// showMapDialog shows, for each headed column of the list's files, its
// first values (and, for a list of several files, its file) and a choice
// of what it holds: a field of the upload file,
// protected identity, or nothing sent. Apply reads the file again so
// mapped.
func (u *UI) showMapDialog() *mapDialog {
	m := &mapDialog{doc: u.doc, cols: u.doc.SourceColumns()}
	var all []sheet.Target
	var allLabels []string
	for _, name := range sheet.TargetNames() {
		t, _ := sheet.ParseTarget(name)
		all = append(all, t)
		allLabels = append(allLabels, targetLabel(t))
	}
	protected, _ := sheet.ParseTarget("Protected")
	ignore, _ := sheet.ParseTarget("Ignore")
	markTargets := []sheet.Target{protected, ignore}
	markLabels := []string{lang.L("It marks protected identity"), lang.L("It is not a protection mark (rows marked Ja are exported)")}
	files := u.mapFilesOf(m.cols)
	rows := container.NewVBox()
	undecided, classes := u.doc.UndecidedMarkColumns(), u.doc.UndecidedClassColumns()
	for i, c := range m.cols {
		same := func(h string) bool { return sheet.SameHeader(h, c.Header) }
		otherClasses := slices.ContainsFunc(classes, same)
		m.undecided = append(m.undecided, slices.ContainsFunc(undecided, same) || otherClasses)
		header := widget.NewLabel(c.Header)
		header.TextStyle.Bold = true
		header.Truncation = fyne.TextTruncateEllipsis
		if sheet.MarkHeader(c.Header) {
			m.targets, m.labels = append(m.targets, markTargets), append(m.labels, markLabels)
		} else {
			m.targets, m.labels = append(m.targets, all), append(m.labels, allLabels)
		}
		choice := widget.NewSelect(m.labels[i], nil)
		switch {
		case otherClasses:
			// Classes beside the Class column's: which are sent is the
			// user's to say, not "not sent" offered as chosen.
			choice.PlaceHolder = lang.L("Undecided: the classes to send?")
		case m.undecided[i]:
			choice.PlaceHolder = lang.L("Undecided: a protection mark?")
		default:
			choice.SetSelected(m.label(i, c.Read))
		}
		preview := widget.NewLabel(previewText(c.Preview))
		preview.Truncation = fyne.TextTruncateEllipsis
		if c.IdentityNumbers {
			// Never shown, never sent: such a column is no field.
			choice.SetSelected(m.label(i, ignore))
			choice.Disable()
			preview.SetText(lang.L("personal identity numbers: never sent"))
			preview.Importance = widget.WarningImportance
		}
		choice.OnChanged = func(string) { m.chose(i) }
		m.choices = append(m.choices, choice)
		rows.Add(container.NewGridWithColumns(3, files.header(i, header), choice, preview))
	}
	intro := widget.NewLabel(files.intro())
	intro.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(intro)
	if u.doc.EditedSinceRead() {
		lost := widget.NewLabel(files.lost())
		lost.Wrapping = fyne.TextWrapWord
		lost.Importance = widget.DangerImportance
		top.Add(lost)
	}
	heads := container.NewGridWithColumns(3, boldLabel(files.heading()), boldLabel(lang.L("Holds")), boldLabel(lang.L("First rows")))
	top.Add(heads)
	doc := u.doc
	m.apply = widget.NewButton(lang.L("Apply"), func() {
		m.dialog.Hide()
		if changes := m.changes(); len(changes) > 0 {
			u.remap(doc, doc.WithMaps(changes))
		}
	})
	m.apply.Importance = widget.HighImportance
	m.dialog = dialog.NewCustomWithoutButtons(lang.L("Map columns"), container.NewBorder(top, nil, nil, nil, container.NewVScroll(rows)), u.win)
	m.dialog.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), m.dialog.Hide), m.apply})
	m.dialog.Resize(mapDialogSize)
	m.dialog.Show()
	return m
}

// chose follows column i's new choice: a field is read from one column
// of a file, so another column of the same file that held it is no
// longer sent (in a list of several files each file has its own: the
// staff file's Befattning and the pupils' Roll are both Role).
func (m *mapDialog) chose(i int) {
	t := m.target(i)
	if t.Kind != sheet.TargetField {
		return
	}
	for j, c := range m.choices {
		if j != i && m.target(j) == t && m.doc.ColumnsShareAFile(m.cols[i].Header, m.cols[j].Header) {
			c.SetSelected(m.label(j, sheet.Target{Kind: sheet.TargetIgnore}))
		}
	}
}

// changes lists the columns whose choice differs from what the file was
// read as: only what the user changed becomes a mapping, so that no
// column the import left in doubt (one that may be a protection mark) is
// settled by the dialog on its own.
func (m *mapDialog) changes() []sheet.ColumnMap {
	var out []sheet.ColumnMap
	for i, c := range m.cols {
		if t := m.target(i); t != c.Read || m.undecided[i] && m.choices[i].Selected != "" {
			out = append(out, sheet.ColumnMap{Header: c.Header, Target: t})
		}
	}
	return out
}

// target returns column i's chosen target.
func (m *mapDialog) target(i int) sheet.Target {
	for k, l := range m.labels[i] {
		if l == m.choices[i].Selected {
			return m.targets[i][k]
		}
	}
	return m.cols[i].Read
}

// label returns the words of target t among column i's choices.
func (m *mapDialog) label(i int, t sheet.Target) string {
	for k, tt := range m.targets[i] {
		if tt.Kind == t.Kind && (t.Kind != sheet.TargetField || tt.Field == t.Field) {
			return m.labels[i][k]
		}
	}
	return t.String()
}

// targetLabel says what a column mapped to t holds: a field by the name
// the upload file gives it.
func targetLabel(t sheet.Target) string {
	switch t.Kind {
	case sheet.TargetProtected:
		return lang.L("Protected identity mark")
	case sheet.TargetIgnore:
		return lang.L("Not sent")
	case sheet.TargetGrade:
		return lang.L("Grade (joined with a section in Class)")
	case sheet.TargetField:
		return t.Field.String()
	}
	return t.String()
}

// previewText shows a column's first values side by side, an empty one
// as a dash.
func previewText(values []string) string {
	shown := make([]string, len(values))
	for i, v := range values {
		if v == "" {
			v = "–"
		}
		shown[i] = v
	}
	return strings.Join(shown, " · ")
}

// remap reads doc's files again with maps, off the window's goroutine,
// shows the list in doc's place and remembers maps for each file's
// header set.
// A mapping the reader refuses (personal identity numbers in a field)
// leaves the list as it was and says why.
func (u *UI) remap(doc *editor.Document, maps []sheet.ColumnMap) {
	var (
		next *editor.Document
		err  error
	)
	u.inBackground(newProgressDialog(filepath.Base(doc.Source()), u.win), true,
		func() { next, err = doc.Remap(maps) },
		func() {
			if err != nil {
				u.showError(lang.L("Could not map the columns"), err)
				return
			}
			for key, own := range doc.HeaderMaps(maps) {
				u.prefs.SetColumnMaps(key, sheet.Rememberable(own))
			}
			u.setDocument(next)
		})
}
