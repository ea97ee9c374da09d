// Package translations embeds the program's translation files,
// <language>.json, each a flat JSON object from the English text to its
// translation. It has no code and no dependencies, so both the window
// (through Fyne's lang package) and the pure-Go command line (through
// internal/i18n) read the very same files.
package translations

import "embed"

// Files holds en.json, sv.json and fi.json at its root.
//
//go:embed *.json
var Files embed.FS
