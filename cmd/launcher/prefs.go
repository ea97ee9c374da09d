package main

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// appID is the window program's app id: Fyne keeps its preferences in
// <config>/fyne/<appID>/preferences.json (%APPDATA% on Windows).
const appID = "se.rosterdesk.app"

// Preference keys the launcher reads; the window program writes them.
const (
	keySoftwareGL = "graphics.software"
	keyLanguage   = "language"
)

// preferences is what the launcher needs of the window program's
// preferences: whether software rendering is chosen, and the language.
type preferences struct {
	Software bool
	Language string
}

// preferencesPath is the window program's preferences file under a
// user configuration folder.
func preferencesPath(configDir string) string {
	return filepath.Join(configDir, "fyne", appID, "preferences.json")
}

// readPreferences reads the preferences file; a missing or unreadable
// one gives the defaults: the launcher must start the window regardless.
func readPreferences(path string) preferences {
	data, err := os.ReadFile(path)
	if err != nil {
		return preferences{}
	}
	var raw map[string]any
	if json.Unmarshal(data, &raw) != nil {
		return preferences{}
	}
	var p preferences
	p.Software, _ = raw[keySoftwareGL].(bool)
	p.Language, _ = raw[keyLanguage].(string)
	return p
}
