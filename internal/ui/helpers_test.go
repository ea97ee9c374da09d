package ui

import (
	"image/color"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/assets"
	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/roster/rostertest"
)

// newTestUI makes the main window in a test app, with the sample list
// open, at a fixed size and date.
func newTestUI(t *testing.T) *UI {
	t.Helper()
	u := newWindow(t)
	u.setDocument(openSample(t))
	return u
}

// newWindow makes the main window in a test app, with no list open, at a
// fixed size and date, its scheduler the test's (manualScheduler).
func newWindow(tb testing.TB) *UI {
	tb.Helper()
	a := test.NewTempApp(tb)
	a.Preferences().SetString(keyExportFolder, tb.TempDir())
	u := New(a)
	useManualScheduler(tb, u)
	u.now = func() time.Time { return time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC) }
	u.win.Resize(fyne.NewSize(1200, 700))
	u.win.Show()
	tb.Cleanup(u.win.Close)
	return u
}

// openCSV makes the window, as newWindow does, and opens a csv file
// holding text in it, as File > Open does; it returns the file too.
func openCSV(t *testing.T, text string) (*UI, string) {
	t.Helper()
	u := newWindow(t)
	path := filepath.Join(t.TempDir(), "elever.csv")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	u.OpenFile(path)
	return u, path
}

// windowOn makes the window, as newWindow does, on a list of n made-up
// people (rostertest), pasted in as from Excel; change, when not nil,
// alters person i's values first.
func windowOn(tb testing.TB, n int, change func(i int, v *[roster.NumFields]string)) *UI {
	tb.Helper()
	u := newWindow(tb)
	var b strings.Builder
	for i := range n {
		v := rostertest.Values(i)
		if change != nil {
			change(i, &v)
		}
		b.WriteString(strings.Join(v[:], "\t"))
		b.WriteString("\r\n")
	}
	d := editor.New()
	d.Paste(0, 0, b.String())
	u.setDocument(d)
	return u
}

// clean gives person i a name of their own and a plain address of it, so
// that a list of many has no problem at all and the export dialog lists
// none.
func clean(i int, v *[roster.NumFields]string) {
	own := strings.Map(func(r rune) rune { return 'a' + (r-'0')%26 }, strconv.Itoa(i))
	v[roster.FirstName], v[roster.LastName] = "Tova", "Lind"+own
	v[roster.Email] = "tova.lind" + own + "@skola.example.se"
}

// openSample opens the embedded sample list as "Open sample list" does.
func openSample(t *testing.T) *editor.Document {
	t.Helper()
	path := filepath.Join(t.TempDir(), assets.SampleRosterName)
	if err := os.WriteFile(path, assets.SampleRoster, 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := editor.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// rowOf returns the visible row of the person with the given first name.
func rowOf(t *testing.T, u *UI, first string) int {
	t.Helper()
	for i := range u.doc.Len() {
		if u.doc.Row(i).Values[roster.FirstName] == first {
			return i
		}
	}
	t.Fatalf("no row for %s", first)
	return -1
}

func cellText(u *UI, row int, f roster.Field) string {
	return editor.CellValue(u.doc.Row(row), editor.FieldColumn(f))
}

func key(name fyne.KeyName) *fyne.KeyEvent { return &fyne.KeyEvent{Name: name} }

// variantTheme is the default theme held to one variant, for golden
// images in light and dark.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (v variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return v.Theme.Color(n, v.variant)
}

func forceVariant(t *testing.T, v fyne.ThemeVariant) {
	test.ApplyTheme(t, variantTheme{theme.DefaultTheme(), v})
}

// walk calls f on o and everything it draws.
func walk(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	f(o)
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			walk(c, f)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(o).Objects() {
			walk(c, f)
		}
	}
}

// overlayWidget returns the first object in the window's top overlay (a
// dialog) that match accepts, or nil.
func overlayWidget(u *UI, match func(fyne.CanvasObject) bool) fyne.CanvasObject {
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	var found fyne.CanvasObject
	walk(top, func(o fyne.CanvasObject) {
		if found == nil && match(o) {
			found = o
		}
	})
	return found
}

// overlayButton returns the button with text in the window's top
// overlay, or nil.
func overlayButton(u *UI, text string) *widget.Button {
	b, _ := overlayWidget(u, func(o fyne.CanvasObject) bool {
		b, ok := o.(*widget.Button)
		return ok && b.Text == text
	}).(*widget.Button)
	return b
}

// overlayText joins the labels of the window's top overlay.
func overlayText(u *UI) string {
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var texts []string
	walk(top, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			texts = append(texts, l.Text)
		}
	})
	return strings.Join(texts, "\n")
}
