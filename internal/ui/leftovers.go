package ui

import (
	"path/filepath"
	"slices"
)

// SaveFolders are the folders Roster Desk saves and exports in, as far as
// it remembers: the export folder, the folder of the last file opened or
// saved, and those of the recent files. At start, the temporary files an
// interrupted save or export left there are removed (tempfiles.RemoveStale).
func (u *UI) SaveFolders() []string {
	dirs := []string{u.prefs.ExportFolder(), u.prefs.OpenFolder()}
	for _, path := range u.prefs.RecentFiles() {
		dirs = append(dirs, filepath.Dir(path))
	}
	slices.Sort(dirs)
	return slices.Compact(dirs)
}
