package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// filterBar chooses the rows shown: by school, class and role.
type filterBar struct {
	u                   *UI
	box                 *fyne.Container
	school, class, role *widget.Select
}

func newFilterBar(u *UI) *filterBar {
	fb := &filterBar{u: u}
	fb.school = widget.NewSelect(nil, nil)
	fb.class = widget.NewSelect(nil, nil)
	fb.role = widget.NewSelect(nil, nil)
	clear := widget.NewButtonWithIcon(lang.L("Show all"), theme.ContentClearIcon(), fb.clear)
	close := widget.NewButtonWithIcon("", theme.CancelIcon(), fb.hide)
	close.Importance = widget.LowImportance
	fb.box = container.NewHBox(
		widget.NewLabel(lang.L("School")), sized(fb.school, 220),
		widget.NewLabel(lang.L("Class")), sized(fb.class, 110),
		widget.NewLabel(lang.L("Role")), sized(fb.role, 130),
		clear, close)
	fb.box.Hide()
	return fb
}

// sized gives a select a fixed width.
func sized(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(w, o.MinSize().Height), o)
}

func (fb *filterBar) all() string { return lang.L("(all)") }

// refresh fills the choices from the document and shows its filter.
func (fb *filterBar) refresh() {
	d := fb.u.doc
	f := editor.Filter{}
	var schools, classes []string
	if d != nil {
		f = d.Filter()
		schools, classes = d.Schools(), d.Classes(f.School)
	}
	set := func(s *widget.Select, options []string, value string) {
		s.OnChanged = nil
		s.SetOptions(append([]string{fb.all()}, options...))
		if value == "" {
			value = fb.all()
		}
		s.SetSelected(value)
		s.OnChanged = fb.changed
	}
	set(fb.school, schools, f.School)
	set(fb.class, classes, f.Class)
	set(fb.role, []string{roster.Student.String(), roster.Teacher.String()}, f.Role.String())
	u := fb.u
	u.onlyProblems.OnChanged = nil
	u.onlyProblems.SetChecked(f.OnlyProblems)
	u.onlyProblems.OnChanged = u.onOnlyProblems
}

func (fb *filterBar) value(s *widget.Select) string {
	if s.Selected == fb.all() {
		return ""
	}
	return s.Selected
}

func (fb *filterBar) changed(string) {
	d := fb.u.doc
	if d == nil {
		return
	}
	f := d.Filter()
	f.School, f.Class = fb.value(fb.school), fb.value(fb.class)
	f.Role = roster.ParseRole(fb.value(fb.role))
	fb.u.setFilter(f)
}

// clear is "Show all": no filter at all.
func (fb *filterBar) clear() {
	fb.u.setFilter(editor.Filter{})
}

// hide closes the bar and drops the filter it set; "Only rows with
// problems" and a text filter stay. The grid takes the keyboard, so that
// no key reaches a hidden select (Down would open its list).
func (fb *filterBar) hide() {
	fb.box.Hide()
	if d := fb.u.doc; d != nil {
		f := d.Filter()
		f.School, f.Class, f.Role = "", "", roster.NoRole
		fb.u.setFilter(f)
	}
	fb.u.focusGrid()
}

// onFilter shows or hides the filter bar.
func (u *UI) onFilter() {
	if u.doc == nil {
		return
	}
	if u.filter.box.Visible() {
		u.filter.hide()
		return
	}
	u.filter.refresh()
	u.filter.box.Show()
}

// onOnlyProblems shows only the rows with problems, or all again.
func (u *UI) onOnlyProblems(on bool) {
	if u.doc == nil {
		return
	}
	f := u.doc.Filter()
	f.OnlyProblems = on
	u.setFilter(f)
}

// setFilter ends an edit and shows the rows f chooses, with the cursor
// on the same person if still shown, else on the first row.
func (u *UI) setFilter(f editor.Filter) {
	if u.doc == nil {
		return
	}
	u.commitEdit()
	row, col := u.grid.Cursor()
	var id roster.RowID
	if r := u.doc.Row(row); r != nil {
		id = r.ID
	}
	u.doc.SetFilter(f)
	u.grid.MoveTo(max(0, u.doc.Position(id)), int(col), false)
}
