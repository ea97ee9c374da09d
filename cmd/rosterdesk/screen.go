//go:build cgo && !ci

package main

import (
	"github.com/go-gl/glfw/v3.3/glfw"

	"rosterdesk/internal/ui"
)

// primaryScreen asks GLFW, the library Fyne draws its windows with, about
// the primary monitor, where a new window opens: its size, work area
// (without the taskbar), physical width and content scale. On Windows
// GLFW asks user32 (GetMonitorInfo, GetDpiForMonitor), per-monitor DPI
// aware, so that the numbers are the pixels and the scale Fyne uses.
// GLFW calls are allowed only on the main thread after glfw.Init: Fyne
// initialises GLFW when the first window is made, on the main goroutine,
// which Fyne locks to the main thread.
func primaryScreen() (ui.Screen, bool) {
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return ui.Screen{}, false
	}
	mode := m.GetVideoMode()
	if mode == nil || mode.Width <= 0 || mode.Height <= 0 {
		return ui.Screen{}, false
	}
	var s ui.Screen
	s.Monitor.X, s.Monitor.Y = m.GetPos()
	s.Monitor.W, s.Monitor.H = mode.Width, mode.Height
	s.Work.X, s.Work.Y, s.Work.W, s.Work.H = m.GetWorkarea()
	s.WidthMM, _ = m.GetPhysicalSize()
	s.ContentScale, _ = m.GetContentScale()
	return s, true
}
