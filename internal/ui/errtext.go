package ui

import (
	"rosterdesk/internal/i18n"
)

// errorText says an error in the window's language: the errors of the
// lower layers carry their message as an i18n.Text (a sheet.FileError
// names the file, row and column, then its cause), found with
// i18n.WindowTextOf, in the words of the window where the command line's
// advice names an option. An error without one keeps its English words.
func errorText(err error) string {
	if err == nil {
		return ""
	}
	if t, ok := i18n.WindowTextOf(err); ok {
		return say(t)
	}
	return err.Error()
}
