package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
)

// Preference keys of the window's size and panels.
const (
	// keyWindowSize holds width and height in one value, "1019x582":
	// Fyne saves the preferences at the first change and puts off the
	// next for 100 ms, so two keys set at quit could reach the file apart.
	keyWindowSize   = "window.size"
	keyHideProblems = "window.problems.hidden"
)

// WindowSize is the window's size when the program last quit, in logical
// pixels; zero when none is remembered.
func (s settings) WindowSize() fyne.Size {
	var w, h float32
	if _, err := fmt.Sscanf(s.p.String(keyWindowSize), "%gx%g", &w, &h); err != nil || w <= 0 || h <= 0 {
		return fyne.Size{}
	}
	return fyne.NewSize(w, h)
}

// SetWindowSize remembers the window's size for the next start.
func (s settings) SetWindowSize(size fyne.Size) {
	s.p.SetString(keyWindowSize, fmt.Sprintf("%gx%g", size.Width, size.Height))
}

// ProblemPanelHidden is whether the user hid the problem panel.
func (s settings) ProblemPanelHidden() bool { return s.p.Bool(keyHideProblems) }

// SetProblemPanelHidden remembers whether the problem panel is hidden.
func (s settings) SetProblemPanelHidden(hidden bool) { s.p.SetBool(keyHideProblems, hidden) }
