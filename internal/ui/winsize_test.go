package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// laptop is a 1920×1080 screen with a 48-pixel taskbar at the bottom, at
// 150%, as Windows sets up a 15-inch laptop.
var laptop = Screen{Monitor: Rect{0, 0, 1920, 1080}, Work: Rect{0, 0, 1920, 1032}, WidthMM: 344, ContentScale: 1.5}

func TestFyneScale(t *testing.T) {
	xvfb := Screen{Monitor: Rect{0, 0, 1366, 768}, Work: Rect{0, 0, 1366, 768}, WidthMM: 361} // 96 dpi
	for _, c := range []struct {
		goos    string
		s       Screen
		env     string
		setting float32
		want    float32
	}{
		{"windows", laptop, "", 0, 1.5},
		{"windows", laptop, "1.25", 0, 1.9},                                 // 1.875, rounded to a tenth as Fyne does
		{"windows", Screen{}, "", 0, 1},                                     // no content scale: 1
		{"linux", xvfb, "", 0, 1},                                           // 96 dpi: 0.8, never below 1
		{"linux", xvfb, "1.25", 0, 1.3},                                     // FYNE_SCALE=1.25 draws at 1.3
		{"linux", xvfb, "1.5", 2, 1.5},                                      // the variable wins over the setting
		{"linux", xvfb, "", 2, 2},                                           // Fyne's own setting
		{"linux", xvfb, "auto", 2, 1},                                       // auto ignores the setting
		{"linux", xvfb, "x", 0, 1},                                          // unreadable: 1
		{"linux", Screen{Monitor: Rect{W: 3840}, WidthMM: 344}, "", 0, 2.4}, // 283 dpi
		{"linux", Screen{Monitor: Rect{W: 1920}}, "", 0, 1},                 // no physical size
		{"darwin", laptop, "", 0, 1},
	} {
		if got := fyneScale(c.goos, c.s, c.env, c.setting); got != c.want {
			t.Errorf("fyneScale(%s, %+v, %q, %v) = %v, want %v", c.goos, c.s, c.env, c.setting, got, c.want)
		}
	}
}

func TestUsableAreaKeepsACentredWindowOffTheTaskbar(t *testing.T) {
	for _, c := range []struct {
		name         string
		s            Screen
		frame        int
		wantW, wantH int
	}{
		{"taskbar at the bottom", laptop, 0, 1920, 1080 - 2*48},
		{"room for the title bar", laptop, 30, 1920, 1080 - 2*48 - 60},
		{"taskbar on the left", Screen{Monitor: Rect{0, 0, 1366, 768}, Work: Rect{62, 0, 1304, 768}}, 0, 1366 - 2*62, 768},
		{"no taskbar", Screen{Monitor: Rect{0, 0, 1366, 768}, Work: Rect{0, 0, 1366, 768}}, 0, 1366, 768},
		{"no work area reported", Screen{Monitor: Rect{0, 0, 1366, 768}}, 0, 1366, 768},
		{"second monitor", Screen{Monitor: Rect{1920, 0, 1280, 1024}, Work: Rect{1920, 0, 1280, 984}}, 0, 1280, 944},
	} {
		if w, h := usableArea(c.s, c.frame); w != c.wantW || h != c.wantH {
			t.Errorf("%s: usableArea = %d×%d, want %d×%d", c.name, w, h, c.wantW, c.wantH)
		}
	}
}

func TestWindowSizeFitsTheScreen(t *testing.T) {
	minimum := fyne.NewSize(840, 240)
	for _, c := range []struct {
		name       string
		s          Screen
		scale      float32
		remembered fyne.Size
		want       fyne.Size
	}{
		// 1280×688 logical: 90% across; down, the taskbar and the title bar limit it.
		{"1920×1080 at 150%", laptop, 1.5, fyne.Size{}, fyne.NewSize(1152, 592)},
		{"1366×768 at 125% (Fyne: 1.3)", Screen{Monitor: Rect{0, 0, 1366, 768}, Work: Rect{0, 0, 1366, 728}}, 1.3,
			fyne.Size{}, fyne.NewSize(945, 464)},
		{"1920×1080 at 100%", Screen{Monitor: Rect{0, 0, 1920, 1080}, Work: Rect{0, 0, 1920, 1040}}, 1,
			fyne.Size{}, fyne.NewSize(1728, 936)},
		{"remembered, smaller", laptop, 1.5, fyne.NewSize(1000, 500), fyne.NewSize(1000, 500)},
		{"remembered on a larger screen, cut to this one", laptop, 1.5, fyne.NewSize(1800, 1000), fyne.NewSize(1280, 592)},
		{"remembered below the minimum", laptop, 1.5, fyne.NewSize(300, 200), fyne.NewSize(840, 240)},
		{"a screen smaller than the minimum: the minimum", Screen{Monitor: Rect{0, 0, 800, 600}, Work: Rect{0, 0, 800, 600}}, 1,
			fyne.Size{}, fyne.NewSize(840, 536)},
	} {
		usable, work := screenArea(c.s, c.scale)
		if got := windowSize(usable, work, c.remembered, minimum); got != c.want {
			t.Errorf("%s: windowSize = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestWindowSizeOnAnUnknownScreen(t *testing.T) {
	minimum := fyne.NewSize(840, 240)
	if got := windowSize(fyne.Size{}, fyne.Size{}, fyne.Size{}, minimum); got != unknownScreenSize {
		t.Errorf("no screen, nothing remembered: %v, want %v", got, unknownScreenSize)
	}
	if got := windowSize(fyne.Size{}, fyne.Size{}, fyne.NewSize(1300, 900), minimum); got != fyne.NewSize(1300, 900) {
		t.Errorf("no screen: the remembered size, got %v", got)
	}
}

func TestWindowSizeIsRememberedAndRestored(t *testing.T) {
	a := test.NewTempApp(t)
	u := New(a)
	t.Cleanup(u.win.Close)
	if got := u.prefs.WindowSize(); !got.IsZero() {
		t.Fatalf("a fresh start remembers %v", got)
	}
	u.FitScreen(func() (Screen, bool) { return laptop, true })
	u.fitWindow(1.5)
	if got := u.win.Canvas().Size(); got != fyne.NewSize(1152, 592) {
		t.Errorf("first size on the laptop %v, want 1152×592", got)
	}
	u.win.Resize(fyne.NewSize(1000, 520))
	u.quit()
	if got := u.prefs.WindowSize(); got != fyne.NewSize(1000, 520) {
		t.Fatalf("remembered %v, want 1000×520", got)
	}

	next := New(a)
	t.Cleanup(next.win.Close)
	small := Screen{Monitor: Rect{0, 0, 1366, 768}, Work: Rect{0, 0, 1366, 728}}
	next.FitScreen(func() (Screen, bool) { return small, true })
	next.fitWindow(1.3)
	if got := next.win.Canvas().Size(); got != fyne.NewSize(1000, 464) {
		t.Errorf("restored on a smaller screen as %v, want 1000×464 (its height cut to the screen)", got)
	}
}

// TestContentFitsTheSmallestScreen: with a list open, the find and filter
// bars shown and the problem panel on, the window can still be made as
// small as a 1024×600 screen (minWindowArea).
func TestContentFitsTheSmallestScreen(t *testing.T) {
	u := newTestUI(t)
	u.onFind()
	u.onFilter()
	if !u.find.box.Visible() || !u.filter.box.Visible() {
		t.Fatal("the find and filter bars did not open")
	}
	// Fyne draws the menu bar above the content (on Linux and Windows).
	const menuBar = 40
	minimum := u.win.Content().MinSize().AddWidthHeight(0, menuBar)
	if minimum.Width > minWindowArea.Width || minimum.Height > minWindowArea.Height {
		t.Errorf("the window's content needs at least %v, more than a %v screen", minimum, minWindowArea)
	}

	// At its smallest, the Export button and the status bar are still in
	// the window.
	u.win.Resize(u.win.Content().MinSize())
	size := u.win.Canvas().Size()
	d := fyne.CurrentApp().Driver()
	var export *widget.Button
	walk(u.win.Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Export for upload…" {
			export = b
		}
	})
	if export == nil {
		t.Fatal("no Export button")
	}
	for name, o := range map[string]fyne.CanvasObject{"the Export button": export, "the status bar": u.status} {
		end := d.AbsolutePositionForObject(o).Add(o.Size())
		if !o.Visible() || o.Size().IsZero() || end.X > size.Width || end.Y > size.Height {
			t.Errorf("%s ends at %v, outside the %v window", name, end, size)
		}
	}
}

func TestRememberedSizeReadsBack(t *testing.T) {
	s := settings{test.NewTempApp(t).Preferences()}
	s.SetWindowSize(fyne.NewSize(1018.5, 582))
	if got := s.WindowSize(); got != fyne.NewSize(1018.5, 582) {
		t.Errorf("read back %v", got)
	}
	for _, bad := range []string{"", "1019", "0x582", "-5x3", "axb"} {
		s.p.SetString(keyWindowSize, bad)
		if got := s.WindowSize(); !got.IsZero() {
			t.Errorf("%q read as %v, want none", bad, got)
		}
	}
}
