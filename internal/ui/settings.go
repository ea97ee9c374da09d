package ui

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"

	"rosterdesk/internal/schooldata"
)

// Preference keys.
const (
	keyExportFolder        = "export.folder"
	keyOpenFolder          = "open.folder"
	keyLanguage            = "language"
	keyTheme               = "theme"
	keyDefaultMunicipality = "export.municipality"
	keyUploadLink          = "upload.link"
	keyRecentFiles         = "recent.files"
	keySDSSSOID            = "schooldata.sds.ssoid"
	// keySoftwareGL is read by the Windows launcher (cmd/launcher), by
	// this name, before the window program starts.
	keySoftwareGL = "graphics.software"
)

// maxRecent is how many files File > Open recent lists.
const maxRecent = 8

// Theme choices; "" follows the system.
const (
	themeLight = "light"
	themeDark  = "dark"
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

// Language is the chosen language, "en", "sv" or "fi", or "" to follow
// the system's.
func (s settings) Language() string { return s.p.String(keyLanguage) }

// SetLanguage chooses a language ("" for the system's); it applies when
// the program starts again.
func (s settings) SetLanguage(l string) { s.p.SetString(keyLanguage, l) }

// SoftwareGL is whether the window is to be drawn by the software
// renderer even where the computer's OpenGL would do (Windows; from the
// next start).
func (s settings) SoftwareGL() bool { return s.p.Bool(keySoftwareGL) }

// SetSoftwareGL chooses the software renderer for the next start.
func (s settings) SetSoftwareGL(on bool) { s.p.SetBool(keySoftwareGL, on) }

// Theme is "light", "dark", or "" to follow the system.
func (s settings) Theme() string { return s.p.String(keyTheme) }

// SetTheme chooses the theme.
func (s settings) SetTheme(t string) { s.p.SetString(keyTheme, t) }

// DefaultMunicipality fills the export dialog when the list names none.
func (s settings) DefaultMunicipality() string { return s.p.String(keyDefaultMunicipality) }

// SetDefaultMunicipality remembers the default municipality.
func (s settings) SetDefaultMunicipality(m string) {
	s.p.SetString(keyDefaultMunicipality, strings.TrimSpace(m))
}

// UploadLink is the user's secure upload link, shown after an export; ""
// when none is set. The program never opens it itself.
func (s settings) UploadLink() string { return s.p.String(keyUploadLink) }

// SetUploadLink remembers the upload link.
func (s settings) SetUploadLink(link string) { s.p.SetString(keyUploadLink, strings.TrimSpace(link)) }

// validUploadLink reports whether link is empty or an https address with
// a host: the upload page is secure, and anything else is a typing slip.
func validUploadLink(link string) bool {
	link = strings.TrimSpace(link)
	if link == "" {
		return true
	}
	u, err := url.Parse(link)
	return err == nil && u.Scheme == "https" && u.Host != ""
}

// SDSSSOID names the users.csv column of an SDS export the SSOID is read
// from: "" for username, or schooldata.SSOIDADMatch (roster --ssoid).
func (s settings) SDSSSOID() string {
	if v := s.p.String(keySDSSSOID); v == schooldata.SSOIDADMatch {
		return v
	}
	return ""
}

// SetSDSSSOID remembers the column of the SSOID of SDS exports.
func (s settings) SetSDSSSOID(column string) {
	if column != schooldata.SSOIDADMatch {
		s.p.RemoveValue(keySDSSSOID)
		return
	}
	s.p.SetString(keySDSSSOID, column)
}

// RecentFiles are the files opened or saved last, newest first, without
// those that no longer exist (which it forgets).
func (s settings) RecentFiles() []string {
	all := s.p.StringList(keyRecentFiles)
	kept := slices.DeleteFunc(slices.Clone(all), func(p string) bool {
		fi, err := os.Stat(p)
		return err != nil || fi.IsDir()
	})
	if len(kept) != len(all) {
		s.p.SetStringList(keyRecentFiles, kept)
	}
	return kept
}

// AddRecentFile puts path first in the recent files, keeping maxRecent.
func (s settings) AddRecentFile(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	list := slices.DeleteFunc(slices.Clone(s.p.StringList(keyRecentFiles)), func(p string) bool { return p == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	s.p.SetStringList(keyRecentFiles, list)
}

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
