package main

import (
	"strings"

	"rosterdesk/internal/i18n"
)

// failureText is the message box shown when the window cannot be drawn
// at all, neither with the PC's OpenGL nor with the software renderer:
// what happened and what to do, in the user's language, with the
// commands of roster.exe, in the folder dir, that do the same work
// without a window.
func failureText(language, dir string) (title, text string) {
	c, err := i18n.Load(language)
	if err != nil {
		c = nil // English
	}
	tr := func(key string) string { return c.Lookup(key) }
	// Windows paths, spelt out: the text is for Windows alone.
	roster := `"` + strings.TrimRight(dir, `\`) + `\roster.exe"`
	folder := tr(`C:\Lists`)
	list := folder + `\` + tr("students.xlsx")
	lines := []string{
		tr("This computer gives Roster Desk no graphics it can draw with: neither the graphics card (OpenGL 2.1 or later) nor the software renderer in the folder lib\\software-gl works. This happens in remote desktop sessions and virtual machines without the graphics card."),
		"",
		tr("What you can do:"),
		"- " + tr("Ask your IT support to allow the graphics card (OpenGL) in remote desktop sessions."),
		"- " + tr("Or use roster.exe, in the same folder, from a Command Prompt. To check a list:"),
		"    " + roster + ` check "` + list + `"`,
		"  " + tr("To export the file to upload into the list's folder:"),
		"    " + roster + ` export --out "` + folder + `" "` + list + `"`,
	}
	return tr("Roster Desk cannot open its window"), strings.Join(lines, "\r\n")
}

// pickLanguage is the language of the launcher's message: the one chosen
// in the window's preferences, else the system's locale (such as
// "sv-SE"), else English.
func pickLanguage(chosen, systemLocale string) string {
	for _, l := range i18n.Languages {
		if chosen == l {
			return l
		}
	}
	return i18n.Match(systemLocale)
}
