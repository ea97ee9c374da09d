package ui

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/assets"
	"rosterdesk/internal/editor"
	"rosterdesk/internal/i18n"
)

// recordingApp is a test app that remembers the URLs it was asked to
// open and can carry metadata.
type recordingApp struct {
	fyne.App
	opened []string
	meta   fyne.AppMetadata
}

func (a *recordingApp) OpenURL(u *url.URL) error {
	a.opened = append(a.opened, u.String())
	return nil
}

func (a *recordingApp) Metadata() fyne.AppMetadata { return a.meta }

func TestSettingsRoundTrip(t *testing.T) {
	s := settings{test.NewTempApp(t).Preferences()}
	if s.Language() != "" || s.Theme() != "" || s.UploadLink() != "" || s.DefaultMunicipality() != "" {
		t.Fatal("fresh preferences must follow the system and hold no link or municipality")
	}
	s.SetLanguage("fi")
	s.SetTheme(themeDark)
	s.SetDefaultMunicipality("  Hallstahammar ")
	s.SetUploadLink(" https://upload.example.se/a1b2 ")
	if s.Language() != "fi" || s.Theme() != themeDark || s.DefaultMunicipality() != "Hallstahammar" ||
		s.UploadLink() != "https://upload.example.se/a1b2" {
		t.Errorf("got %q %q %q %q", s.Language(), s.Theme(), s.DefaultMunicipality(), s.UploadLink())
	}
}

func TestValidUploadLink(t *testing.T) {
	for link, want := range map[string]bool{
		"": true, "https://upload.example.se/x": true, " https://a.example/ ": true,
		"http://upload.example.se/x": false, "upload.example.se": false, "https://": false, "mailto:a@b.se": false,
	} {
		if got := validUploadLink(link); got != want {
			t.Errorf("validUploadLink(%q) = %v, want %v", link, got, want)
		}
	}
}

func TestRecentFiles(t *testing.T) {
	s := settings{test.NewTempApp(t).Preferences()}
	dir := t.TempDir()
	var paths []string
	for i := range 10 {
		p := filepath.Join(dir, "lista "+strconv.Itoa(i)+" åäö.xlsx")
		if err := os.WriteFile(p, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
		s.AddRecentFile(p)
	}
	s.AddRecentFile(paths[5]) // again: moves to the top, not listed twice
	got := s.RecentFiles()
	want := []string{paths[5], paths[9], paths[8], paths[7], paths[6], paths[4], paths[3], paths[2]}
	if !slices.Equal(got, want) {
		t.Fatalf("recent files = %q, want %q", got, want)
	}
	os.Remove(paths[9])
	if got := s.RecentFiles(); len(got) != 7 || slices.Contains(got, paths[9]) {
		t.Errorf("a deleted file must leave the list: %q", got)
	}
	if got := s.p.StringList(keyRecentFiles); len(got) != 7 {
		t.Errorf("the deleted file is still kept in the preferences: %q", got)
	}
}

func TestOpenRecentMenu(t *testing.T) {
	u := newTestUI(t)
	if items := u.recentMenu().Items; len(items) != 1 || !items[0].Disabled {
		t.Fatalf("with no recent files the submenu must hold one disabled line, got %d items", len(items))
	}
	path := filepath.Join(t.TempDir(), "Elevlistor för åk 9", "elevlista.csv")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, assets.SampleRoster, 0o600); err != nil {
		t.Fatal(err)
	}
	u.rememberFile(path)
	items := u.recentMenu().Items
	if len(items) != 1 || items[0].Label != recentLabel(path) || items[0].Action == nil {
		t.Fatalf("recent menu = %v, want one item for %s", items, path)
	}
	var found bool
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.ChildMenu != nil && len(it.ChildMenu.Items) == 1 && it.ChildMenu.Items[0].Label == recentLabel(path) {
				found = true
			}
		}
	}
	if !found {
		t.Error("the window's File menu does not list the file just opened")
	}
	// The sample list lives in a temporary folder and is not remembered.
	sample := filepath.Join(t.TempDir(), sampleDirPrefix+"x", "elevlista.csv")
	u.rememberFile(sample)
	if got := u.prefs.p.StringList(keyRecentFiles); len(got) != 1 {
		t.Errorf("the sample list was remembered: %q", got)
	}
}

// TestUseLanguage switches lang.L between the three languages and back
// to the system's, which the other tests expect.
func TestUseLanguage(t *testing.T) {
	var words languageChoice
	t.Cleanup(func() { _ = words.use("en") }) // the other tests read English
	for l, want := range map[string]string{"sv": "Spara", "fi": "Tallenna", "en": "Save"} {
		if err := words.use(l); err != nil {
			t.Fatal(err)
		}
		if got := lang.L("Save"); got != want {
			t.Errorf("language %s: lang.L(Save) = %q, want %q", l, got, want)
		}
	}
	if err := words.use(""); err != nil {
		t.Fatal(err)
	}
	c, _ := i18n.Load(i18n.Match(string(lang.SystemLocale())))
	if got, want := lang.L("Save"), c.Lookup("Save"); got != want {
		t.Errorf("system language: lang.L(Save) = %q, want %q", got, want)
	}
}

func TestPreferencesDialog(t *testing.T) {
	u := newTestUI(t)
	t.Cleanup(func() { applyTheme(u.app, "") })
	p := u.showPreferences()
	if p.language.Selected != "System language" || p.theme.Selected != "System" {
		t.Fatalf("fresh dialog shows %q and %q", p.language.Selected, p.theme.Selected)
	}
	if !p.languageNote.Visible() || !strings.Contains(p.languageNote.Text, "starts again") {
		t.Error("the dialog must say that a new language applies at the next start")
	}

	p.theme.SetSelected("Dark")
	if th, ok := u.app.Settings().Theme().(heldTheme); !ok || th.variant != theme.VariantDark {
		t.Errorf("choosing Dark must apply at once, theme is %T", u.app.Settings().Theme())
	}
	p.onCancel()
	if _, ok := u.app.Settings().Theme().(heldTheme); ok || u.prefs.Theme() != "" {
		t.Error("Cancel must put the system theme back and keep nothing")
	}

	p = u.showPreferences()
	p.language.SetSelected("Svenska")
	p.theme.SetSelected("Light")
	test.Type(p.municipality, "Borås")
	test.Type(p.link, "http://upload.example.se/x")
	if !p.save.Disabled() || p.linkNote.Importance != widget.DangerImportance {
		t.Error("a link that is not https must not be saved")
	}
	p.link.SetText("https://upload.example.se/x")
	if p.save.Disabled() {
		t.Fatal("a https link must be accepted")
	}
	if p.softwareGL.Checked {
		t.Error("the software renderer must be off by default")
	}
	p.softwareGL.SetChecked(true)
	test.Tap(p.save)
	if u.prefs.Language() != "sv" || u.prefs.Theme() != themeLight || u.prefs.DefaultMunicipality() != "Borås" ||
		u.prefs.UploadLink() != "https://upload.example.se/x" || !u.prefs.SoftwareGL() {
		t.Errorf("saved %q %q %q %q %v", u.prefs.Language(), u.prefs.Theme(), u.prefs.DefaultMunicipality(), u.prefs.UploadLink(), u.prefs.SoftwareGL())
	}
	if p2 := u.showPreferences(); p2.language.Selected != "Svenska" || p2.theme.Selected != "Light" || p2.link.Text != "https://upload.example.se/x" {
		t.Error("the dialog must open with the saved values")
	}
}

func TestExportPrefillsDefaultMunicipality(t *testing.T) {
	u := newTestUI(t)
	u.prefs.SetDefaultMunicipality("Hallstahammar")
	u.onExport()
	if got := u.exporter.municipality.Text; got != "Borås" {
		t.Errorf("a list that names its municipality keeps it, got %q", got)
	}
	if !u.exporter.municipality.Disabled() {
		t.Error("the rows name the municipality: the file's may not be typed over (tester T15)")
	}
	u.exporter.dlg.Hide()
	u.setDocument(editor.New())
	u.onExport()
	if got := u.exporter.municipality.Text; got != "Hallstahammar" {
		t.Errorf("municipality = %q, want the default from the preferences", got)
	}
	if u.exporter.municipality.Disabled() {
		t.Error("no row names a municipality: the field takes one")
	}
}

func TestUploadLinkButton(t *testing.T) {
	a := &recordingApp{App: test.NewTempApp(t)}
	u := New(a)
	t.Cleanup(u.win.Close)
	if u.uploadLinkButton() != nil {
		t.Fatal("no link set: no button")
	}
	u.prefs.SetUploadLink("https://upload.example.se/a1b2")
	b := u.uploadLinkButton()
	if b == nil {
		t.Fatal("a link is set: the export confirmation must offer it")
	}
	if len(a.opened) != 0 {
		t.Fatal("the link must not be opened before the user asks")
	}
	test.Tap(b)
	if !slices.Equal(a.opened, []string{"https://upload.example.se/a1b2"}) {
		t.Errorf("opened %q", a.opened)
	}
}

func TestAboutDialog(t *testing.T) {
	a := &recordingApp{App: test.NewTempApp(t), meta: fyne.AppMetadata{Name: "Roster Desk", Version: "9.8.7", Build: 42}}
	u := New(a)
	t.Cleanup(u.win.Close)
	d := u.showAbout()
	if got := d.version.Text; !strings.Contains(got, "9.8.7") || !strings.Contains(got, "42") {
		t.Errorf("version line %q lacks the metadata's version and build", got)
	}
	a.meta = fyne.AppMetadata{}
	// The version roster --version prints (cmd/roster: TestVersionIsTheWindows).
	if got, want := u.showAbout().version.Text, assets.AppVersion+" (build "+strconv.Itoa(assets.AppBuild)+")"; !strings.Contains(got, want) {
		t.Errorf("without metadata the version must come from assets, %q, got %q", want, got)
	}
}

// About says what draws the window, as the Windows launcher tells it.
func TestAboutSaysTheRenderer(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, "Graphics: the computer's OpenGL."},
		{map[string]string{"ROSTERDESK_RENDERER": "system", "ROSTERDESK_GL_RENDERER": "Intel HD 4000"}, "Graphics: the computer's OpenGL (Intel HD 4000)."},
		{map[string]string{"ROSTERDESK_RENDERER": "software"}, "Graphics: the software renderer (Mesa)"},
	} {
		if got := rendererText(func(k string) string { return tc.env[k] }); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%v: %q, want %q…", tc.env, got, tc.want)
		}
	}
	u := newTestUI(t)
	t.Setenv("ROSTERDESK_RENDERER", "software")
	if got := u.showAbout().renderer.Text; !strings.Contains(got, "software renderer") {
		t.Errorf("About says %q with the software renderer", got)
	}
}

// Nothing in the Preferences dialog is wider than the dialog, in any of
// its languages (tester T39: the graphics check box's long text ran past
// the dialog's edge and was cut by the window), and no note that wraps
// runs under its buttons.
func TestPreferencesFitTheDialog(t *testing.T) {
	for _, l := range []string{"en", "sv", "fi"} {
		inLanguage(t, l)
		u := newTestUI(t)
		p := u.showPreferences()
		if w := p.form.MinSize().Width; w > prefsWidth {
			t.Errorf("%s: the fields are %.0f wide, the dialog %d", l, w, prefsWidth)
		}
		d := fyne.CurrentApp().Driver()
		top := d.AbsolutePositionForObject(p.save).Y
		walk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
			if n, ok := o.(*widget.Label); ok && n.Wrapping == fyne.TextWrapWord && n.Visible() && n.Text != "" {
				if end := d.AbsolutePositionForObject(n).Y + n.Size().Height; end > top || n.Size().Height < n.MinSize().Height {
					t.Errorf("%s: %q ends at %.0f (%.0f high, its text %.0f), the buttons start at %.0f",
						l, n.Text, end, n.Size().Height, n.MinSize().Height, top)
				}
			}
		})
		p.onCancel()
	}
}
