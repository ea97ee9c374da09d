package ui

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
)

// Preference keys.
const (
	keyExportFolder = "export.folder"
	keyOpenFolder   = "open.folder"
)

// settings is a typed view of the app's preferences.
type settings struct{ p fyne.Preferences }

// ExportFolder is where the last upload file was written, or the user's
// Documents folder.
func (s settings) ExportFolder() string {
	return s.p.StringWithFallback(keyExportFolder, defaultFolder())
}

// SetExportFolder remembers the export folder.
func (s settings) SetExportFolder(dir string) { s.p.SetString(keyExportFolder, dir) }

// OpenFolder is where the last file was opened or saved.
func (s settings) OpenFolder() string { return s.p.StringWithFallback(keyOpenFolder, defaultFolder()) }

// SetOpenFolder remembers the folder of the last file.
func (s settings) SetOpenFolder(dir string) { s.p.SetString(keyOpenFolder, dir) }

// defaultFolder is the user's Documents folder, or home.
func defaultFolder() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	if docs := filepath.Join(home, "Documents"); isDir(docs) {
		return docs
	}
	return home
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
