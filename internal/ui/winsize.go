package ui

import (
	"math"
	"strconv"

	"fyne.io/fyne/v2"
)

// Rect is a rectangle of the desktop, in the screen's pixels.
type Rect struct{ X, Y, W, H int }

// Screen is what the system says of the monitor a window opens on (Fyne
// 2.7 has no call for it; cmd/rosterdesk asks GLFW): the whole monitor
// and its work area, the part that the taskbar or a panel leaves free,
// in pixels, and what Fyne reads to choose its scale there.
type Screen struct {
	Monitor, Work Rect
	// WidthMM is the monitor's physical width: on Linux (X11) Fyne's scale
	// is the monitor's dots per inch over 120, never below 1.
	WidthMM int
	// ContentScale is the system's display scaling, 1.5 for 150%: Fyne's
	// scale on Windows.
	ContentScale float32
}

// Window sizes, in Fyne's logical pixels.
var (
	// unknownScreenSize is the first size when the screen's is unknown: it
	// fits a 1366×768 laptop screen at 125% with its taskbar.
	unknownScreenSize = fyne.NewSize(1100, 680)
	// minWindowArea is the smallest work area the window's content must
	// fit, a 1024×600 netbook screen at 100%: every control reachable.
	minWindowArea = fyne.NewSize(1024, 600)
)

const (
	// screenShare is how much of the work area the first window takes.
	screenShare = 0.9
	// frameRoom is left free above the window's content, in logical
	// pixels, for the title bar that the system draws around it (31 at
	// 100% on Windows 10 and 11): Fyne sizes and centres the content only.
	frameRoom = 32
)

// fyneScale is the scale Fyne 2.7.1 gives a window on s
// (internal/driver/glfw: calculateScale, userScale, detectScale): the
// user's scale (FYNE_SCALE, else Fyne's own setting, else 1) times the
// system's, rounded to a tenth, so that FYNE_SCALE=1.25 draws at 1.3.
// The system's is the content scale on Windows, 1 on macOS (whose points
// are already scaled), and on X11 the monitor's dots per inch over 120.
func fyneScale(goos string, s Screen, env string, setting float32) float32 {
	user := float32(1)
	if v, err := strconv.ParseFloat(env, 32); env != "" && env != "auto" && err == nil && v != 0 {
		user = float32(v)
	} else if env != "auto" && setting > 0 {
		user = setting
	}
	if user < 0 {
		user = 1
	}
	var system float32
	switch goos {
	case "windows":
		system = s.ContentScale
	case "darwin":
		system = 1
	default:
		system = detectedScale(s.WidthMM, s.Monitor.W)
	}
	if system <= 0 {
		system = 1
	}
	return float32(math.Round(float64(system*user*10))) / 10
}

// detectedScale is Fyne's scale for a monitor widthPx pixels and widthMM
// millimetres wide: its dots per inch over 120, not below 1; 1 when the
// width in millimetres is missing or absurd (Xvfb's, a projector's).
func detectedScale(widthMM, widthPx int) float32 {
	if widthMM <= 0 {
		return 1
	}
	dpi := float32(widthPx) / (float32(widthMM) / 25.4)
	if dpi > 1000 || dpi < 10 {
		return 1
	}
	return max(1, dpi/120)
}

// usableArea is the largest window content, in pixels, that stays in
// s's work area when centred on the monitor, as Fyne's CenterOnScreen
// centres it, with room above for the title bar: a taskbar at one edge
// takes its height from both. A work area the system did not report is
// the whole monitor.
func usableArea(s Screen, frame int) (w, h int) {
	work := s.Work
	if work.W <= 0 || work.H <= 0 {
		work = s.Monitor
	}
	fit := func(monPos, monLen, workPos, workLen int) int {
		centre := monPos + monLen/2
		return min(workLen, 2*min(centre-workPos, workPos+workLen-centre))
	}
	w = fit(s.Monitor.X, s.Monitor.W, work.X, work.W)
	h = fit(s.Monitor.Y, s.Monitor.H, work.Y, work.H) - 2*frame
	return max(w, 0), max(h, 0)
}

// screenArea is s's usable area (usableArea) in logical pixels at scale,
// and the work area's own size.
func screenArea(s Screen, scale float32) (usable, work fyne.Size) {
	if scale <= 0 {
		scale = 1
	}
	w, h := usableArea(s, int(math.Ceil(float64(frameRoom*scale))))
	work = fyne.NewSize(float32(s.Work.W)/scale, float32(s.Work.H)/scale)
	if s.Work.W <= 0 || s.Work.H <= 0 {
		work = fyne.NewSize(float32(s.Monitor.W)/scale, float32(s.Monitor.H)/scale)
	}
	return fyne.NewSize(float32(w)/scale, float32(h)/scale), work
}

// windowSize is the size a window opens at, in logical pixels: the size
// remembered from the last run (zero for none), else screenShare of the
// work area; never larger than usable, and never smaller than the
// content's minimum, which the window cannot go below. A zero usable
// means the screen is unknown: the remembered size, else
// unknownScreenSize.
func windowSize(usable, work, remembered, minimum fyne.Size) fyne.Size {
	size := remembered
	if usable.IsZero() {
		if size.IsZero() {
			size = unknownScreenSize
		}
		return size.Max(minimum)
	}
	if size.Width <= 0 || size.Height <= 0 {
		size = fyne.NewSize(work.Width*screenShare, work.Height*screenShare)
	}
	size = size.Min(usable)
	return fyne.NewSize(float32(math.Floor(float64(size.Width))), float32(math.Floor(float64(size.Height)))).Max(minimum)
}
