package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// prefsDialog edits the preferences. The theme changes at once (and back
// on Cancel); the language when the program starts again; the rest is
// kept on Save.
type prefsDialog struct {
	u   *UI
	dlg *dialog.CustomDialog

	language, theme      *widget.Select
	municipality, link   *widget.Entry
	folder, languageNote *widget.Label
	linkNote             *widget.Label
	softwareGL           *widget.Check
	save                 *widget.Button
	// form holds the fields, prefsWidth wide.
	form *widget.Form

	languages, themes []choice
	startTheme        string
}

// choice is one option of a Select: the value kept and the words shown.
type choice struct{ value, label string }

func labels(cs []choice) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.label
	}
	return out
}

func labelOf(cs []choice, value string) string {
	for _, c := range cs {
		if c.value == value {
			return c.label
		}
	}
	return cs[0].label
}

func valueOf(cs []choice, label string) string {
	for _, c := range cs {
		if c.label == label {
			return c.value
		}
	}
	return cs[0].value
}

// prefsWidth is the width of the Preferences dialog's fields: nothing in
// them may be wider, or it runs past the dialog's edge.
const prefsWidth = 620

// showPreferences opens the Preferences dialog.
func (u *UI) showPreferences() *prefsDialog {
	p := &prefsDialog{u: u, startTheme: u.prefs.Theme()}
	// The languages are named in their own words, so that anyone finds theirs.
	p.languages = []choice{{"", lang.L("System language")}, {"en", "English"}, {"sv", "Svenska"}, {"fi", "Suomi"}}
	p.themes = []choice{{"", lang.L("System")}, {themeLight, lang.L("Light")}, {themeDark, lang.L("Dark")}}

	p.language = widget.NewSelect(labels(p.languages), nil)
	p.language.SetSelected(labelOf(p.languages, u.prefs.Language()))
	p.languageNote = widget.NewLabel(lang.L("The new language is used when Roster Desk starts again."))
	p.languageNote.Importance = widget.MediumImportance
	p.languageNote.TextStyle.Italic = true
	p.languageNote.Wrapping = fyne.TextWrapWord
	p.theme = widget.NewSelect(labels(p.themes), func(label string) { applyTheme(u.app, valueOf(p.themes, label)) })
	p.theme.SetSelected(labelOf(p.themes, p.startTheme))
	p.municipality = widget.NewEntry()
	p.municipality.SetPlaceHolder(lang.L("Used when the list names none"))
	p.municipality.SetText(u.prefs.DefaultMunicipality())
	p.folder = widget.NewLabel(u.prefs.ExportFolder())
	p.folder.Truncation = fyne.TextTruncateEllipsis
	choose := widget.NewButtonWithIcon(lang.L("Choose…"), theme.FolderOpenIcon(), p.chooseFolder)
	p.link = widget.NewEntry()
	p.link.SetPlaceHolder("https://…")
	p.link.SetText(u.prefs.UploadLink())
	p.link.OnChanged = func(string) { p.refresh() }
	p.linkNote = widget.NewLabel("")
	p.linkNote.Wrapping = fyne.TextWrapWord
	// A check box's text does not wrap: the box says what it does in a
	// few words, and the note under it, which wraps, says when.
	p.softwareGL = widget.NewCheck(lang.L("Draw without the graphics card"), nil)
	p.softwareGL.SetChecked(u.prefs.SoftwareGL())
	glNote := widget.NewLabel(lang.L("Slower; for remote desktops where the window does not open. Used when Roster Desk starts again."))
	glNote.Wrapping = fyne.TextWrapWord
	glNote.TextStyle.Italic = true

	p.form = widget.NewForm(
		widget.NewFormItem(lang.L("Language"), container.NewVBox(p.language, p.languageNote)),
		widget.NewFormItem(lang.L("Theme"), p.theme),
		widget.NewFormItem(lang.L("Default municipality"), p.municipality),
		widget.NewFormItem(lang.L("Export folder"), container.NewBorder(nil, nil, nil, choose, p.folder)),
		widget.NewFormItem(lang.L("Secure upload link"), container.NewVBox(p.link, p.linkNote)),
		widget.NewFormItem(lang.L("Graphics"), container.NewVBox(p.softwareGL, glNote)),
	)
	p.save = widget.NewButtonWithIcon(lang.L("Save"), theme.ConfirmIcon(), p.onSave)
	p.save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), p.onCancel)
	p.refresh()
	// The notes wrap: lay the form out at its width before measuring its
	// height, or a note that wraps is measured one line high and the
	// buttons cover its last line.
	p.form.Resize(fyne.NewSize(prefsWidth, 0))
	p.dlg = dialog.NewCustomWithoutButtons(lang.L("Preferences"),
		container.NewGridWrap(fyne.NewSize(prefsWidth, p.form.MinSize().Height+40), p.form), u.win)
	p.dlg.SetButtons([]fyne.CanvasObject{cancel, p.save})
	p.dlg.Show()
	return p
}

// refresh shows the notes that fit the values typed, and allows Save
// only with a link that is secure or empty.
func (p *prefsDialog) refresh() {
	if p.save == nil {
		return
	}
	if validUploadLink(p.link.Text) {
		p.linkNote.Importance = widget.MediumImportance
		p.linkNote.SetText(lang.L("Shown as a button after each export. Roster Desk never opens it by itself."))
		p.save.Enable()
	} else {
		p.linkNote.Importance = widget.DangerImportance
		p.linkNote.SetText(lang.L("The link must start with https://"))
		p.save.Disable()
	}
}

func (p *prefsDialog) chooseFolder() {
	d := dialog.NewFolderOpen(func(uri fyne.ListableURI, err error) {
		if err != nil || uri == nil {
			return
		}
		p.folder.SetText(uri.Path())
	}, p.u.win)
	setLocation(d, p.folder.Text)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

func (p *prefsDialog) onSave() {
	if p.save.Disabled() {
		return
	}
	s := p.u.prefs
	s.SetLanguage(valueOf(p.languages, p.language.Selected))
	s.SetTheme(valueOf(p.themes, p.theme.Selected))
	s.SetDefaultMunicipality(p.municipality.Text)
	s.SetUploadLink(p.link.Text)
	s.SetSoftwareGL(p.softwareGL.Checked)
	if p.folder.Text != "" {
		s.SetExportFolder(p.folder.Text)
	}
	p.dlg.Hide()
}

// onCancel closes the dialog and puts back the theme it may have tried.
func (p *prefsDialog) onCancel() {
	applyTheme(p.u.app, p.startTheme)
	p.dlg.Hide()
}
