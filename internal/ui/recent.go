package ui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// rememberFile puts a file the user opened or saved first in File > Open
// recent. The sample list, written to a temporary folder, is not kept.
func (u *UI) rememberFile(path string) {
	if strings.HasPrefix(filepath.Base(filepath.Dir(path)), sampleDirPrefix) {
		return
	}
	u.prefs.AddRecentFile(path)
	u.refreshRecentMenu()
}

// sampleDirPrefix names the temporary folders of the sample list.
const sampleDirPrefix = "rosterdesk-sample-"

// recentMenu is the File > Open recent submenu: the files that still
// exist, newest first, or a disabled line that says there are none.
func (u *UI) recentMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, path := range u.prefs.RecentFiles() {
		items = append(items, fyne.NewMenuItem(recentLabel(path), func() {
			u.confirmDiscard(func() { u.OpenFile(path) })
		}))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(lang.L("No recent files"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	return fyne.NewMenu("", items...)
}

// recentLabel shows a recent file as its name and, smaller in weight,
// its folder: "elevlista.xlsx — C:\Users\anna\Documents".
func recentLabel(path string) string {
	return filepath.Base(path) + " — " + filepath.Dir(path)
}

// refreshRecentMenu rebuilds the menu bar, so that Open recent lists the
// files as they are now.
func (u *UI) refreshRecentMenu() {
	u.win.SetMainMenu(u.mainMenu())
}
