package ui

import "fyne.io/fyne/v2"

// Preference keys of the window's size and panels.
const (
	keyWindowWidth  = "window.width"
	keyWindowHeight = "window.height"
	keyHideProblems = "window.problems.hidden"
)

// WindowSize is the window's size when the program last quit, in logical
// pixels; zero when none is remembered.
func (s settings) WindowSize() fyne.Size {
	w, h := s.p.Float(keyWindowWidth), s.p.Float(keyWindowHeight)
	if w <= 0 || h <= 0 {
		return fyne.Size{}
	}
	return fyne.NewSize(float32(w), float32(h))
}

// SetWindowSize remembers the window's size for the next start.
func (s settings) SetWindowSize(size fyne.Size) {
	s.p.SetFloat(keyWindowWidth, float64(size.Width))
	s.p.SetFloat(keyWindowHeight, float64(size.Height))
}

// ProblemPanelHidden is whether the user hid the problem panel.
func (s settings) ProblemPanelHidden() bool { return s.p.Bool(keyHideProblems) }

// SetProblemPanelHidden remembers whether the problem panel is hidden.
func (s settings) SetProblemPanelHidden(hidden bool) { s.p.SetBool(keyHideProblems, hidden) }
