package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/sheet"
)

// mapBar is the line above the grid that offers the mapping dialog where
// the file's columns were not all understood, or says that a remembered
// mapping was applied, with a way to change it.
type mapBar struct {
	u      *UI
	box    *fyne.Container
	text   *widget.Label
	button *widget.Button
	// action is what the button does: the mapping dialog, or another
	// choice the bar offers.
	action func()
}

func newMapBar(u *UI) *mapBar {
	b := &mapBar{u: u, text: widget.NewLabel(""), action: u.onMapColumns}
	b.text.Wrapping = fyne.TextWrapWord
	b.button = widget.NewButton(lang.L("Map columns…"), func() { b.action() })
	closeButton := widget.NewButtonWithIcon("", theme.CancelIcon(), func() { b.box.Hide() })
	closeButton.Importance = widget.LowImportance
	b.box = container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), container.NewHBox(b.button, closeButton), b.text)
	b.box.Hide()
	return b
}

// offer shows what of d's file was not understood, or hides the bar when
// all was.
func (b *mapBar) offer(d *editor.Document) {
	if d == nil {
		b.box.Hide()
		return
	}
	if column := d.SSOIDColumn(); column != "" {
		b.offerSSOID(column)
		return
	}
	unknown, missing := d.MappingOffer()
	var parts []string
	if len(unknown) > 0 {
		parts = append(parts, fmt.Sprintf(lang.L("Not recognised, so not sent: %s."), quoteAll(unknown)))
	}
	if len(missing) > 0 {
		names := make([]string, len(missing))
		for i, f := range missing {
			names[i] = f.String()
		}
		parts = append(parts, fmt.Sprintf(lang.L("No column found for %s."), strings.Join(names, ", ")))
	}
	if len(parts) == 0 {
		b.box.Hide()
		return
	}
	b.show(strings.Join(parts, " "), lang.L("Map columns…"), b.u.onMapColumns)
}

// applied says that maps, remembered for files with these columns, were
// applied to the file just opened.
func (b *mapBar) applied(maps []sheet.ColumnMap) {
	said := make([]string, len(maps))
	for i, m := range maps {
		said[i] = fmt.Sprintf("%q → %s", m.Header, targetLabel(m.Target))
	}
	b.show(fmt.Sprintf(lang.L("Columns read as you mapped them before for files with these columns: %s."), strings.Join(said, ", ")), lang.L("Change…"), b.u.onMapColumns)
}

// failed says that the mapping remembered for the file's columns could
// not be applied, and why.
func (b *mapBar) failed(err error) {
	b.show(fmt.Sprintf(lang.L("The mapping remembered for these columns could not be applied: %s"), errorText(err)), lang.L("Map columns…"), b.u.onMapColumns)
}

// show says text on the bar, with a button named button that runs action.
func (b *mapBar) show(text, button string, action func()) {
	b.text.SetText(text)
	b.button.SetText(button)
	b.action = action
	b.box.Show()
}

// quoteAll quotes each header and joins them.
func quoteAll(headers []string) string {
	q := make([]string, len(headers))
	for i, h := range headers {
		q[i] = fmt.Sprintf("%q", h)
	}
	return strings.Join(q, ", ")
}

// showOpened shows a document just read from path, read again first with
// the mapping remembered for its header set, if there is one; the bar
// says that it was applied, or why not.
func (u *UI) showOpened(d *editor.Document, path string, then func()) {
	maps := u.prefs.ColumnMaps(d.HeaderKey())
	if len(maps) == 0 || len(d.ColumnMaps()) > 0 {
		u.setDocument(d)
		u.rememberFile(path)
		runThen(then)
		return
	}
	var (
		next *editor.Document
		err  error
	)
	u.inBackground(newProgressDialog(filepath.Base(path), u.win), true,
		func() { next, err = d.Remap(maps) },
		func() {
			if err != nil {
				u.setDocument(d)
				u.mapBar.failed(err)
			} else {
				u.setDocument(next)
				u.mapBar.applied(maps)
			}
			u.rememberFile(path)
			runThen(then)
		})
}

// runThen runs then, if there is one.
func runThen(then func()) {
	if then != nil {
		then()
	}
}
