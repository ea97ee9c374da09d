package ui

import (
	"os"
	"runtime"

	"fyne.io/fyne/v2"
)

// windowPlace is what the window was sized for: the screen it opens on
// and the scale that was assumed for it.
type windowPlace struct {
	screen Screen
	known  bool
	scale  float32
}

// FitScreen sizes the window for the screen it opens on and centres it
// there: the size remembered from the last run, or most of the work
// area, never larger than the screen (windowSize). screen tells the
// primary monitor, or false when the system did not say. Call it on the
// main goroutine before ShowAndRun. Once the window exists and Fyne has
// chosen its scale, the window is sized again if the scale is not the
// one assumed.
func (u *UI) FitScreen(screen func() (Screen, bool)) {
	s, ok := screen()
	u.place = windowPlace{screen: s, known: ok,
		scale: fyneScale(runtime.GOOS, s, os.Getenv("FYNE_SCALE"), u.app.Settings().Scale())}
	u.fitWindow(u.place.scale)
	u.app.Lifecycle().SetOnStarted(func() {
		if scale := u.win.Canvas().Scale(); scale != u.place.scale {
			u.fitWindow(scale)
		}
	})
}

// fitWindow sizes the window for its screen at scale, and centres it.
func (u *UI) fitWindow(scale float32) {
	u.place.scale = scale
	var usable, work fyne.Size
	if u.place.known {
		usable, work = screenArea(u.place.screen, scale)
	}
	u.win.Resize(windowSize(usable, work, u.prefs.WindowSize(), u.win.Content().MinSize()))
	u.win.CenterOnScreen()
}

// rememberWindowSize keeps the window's size for the next start.
func (u *UI) rememberWindowSize() {
	if size := u.win.Canvas().Size(); size.Width > 0 && size.Height > 0 {
		u.prefs.SetWindowSize(size)
	}
}
