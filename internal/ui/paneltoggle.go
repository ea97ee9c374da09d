package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// The problem panel gives way first when the window is narrow: the split
// narrows it (panelFit), and the user can hide it (the toolbar's toggle,
// List > Problem list), which is remembered. Hidden, the grid
// takes the whole width; the status bar and the cell's problem line still
// count and name the problems.

// problemListItem is the List menu's item that shows or hides the panel.
func (u *UI) problemListItem() *fyne.MenuItem {
	u.panelItem = fyne.NewMenuItem(lang.L("Problem list"), u.toggleProblemPanel)
	u.panelItem.Checked = !u.prefs.ProblemPanelHidden()
	return u.panelItem
}

// toggleProblemPanel hides the problem panel when shown, and shows it when
// hidden.
func (u *UI) toggleProblemPanel() {
	u.showProblemPanel(!u.problemPanel.Visible())
}

// showProblemPanel shows or hides the problem panel and remembers it.
func (u *UI) showProblemPanel(show bool) {
	u.prefs.SetProblemPanelHidden(!show)
	if show {
		u.problemPanel.Show()
	} else {
		u.problemPanel.Hide()
	}
	u.split.Refresh()
	if u.panelItem != nil {
		u.panelItem.Checked = show
		if m := u.win.MainMenu(); m != nil {
			m.Refresh()
		}
	}
}
