package ui

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"rosterdesk/internal/i18n"
)

// say returns a message of the lower layers (a problem, a fix, an import
// error) in the window's language, through the same translation files
// the command line reads.
func say(t i18n.Text) string {
	format := lang.L(t.Format)
	if len(t.Args) == 0 {
		return format
	}
	args := make([]any, len(t.Args))
	for i, a := range t.Args {
		if inner, ok := a.(i18n.Text); ok {
			a = say(inner)
		}
		args[i] = a
	}
	return fmt.Sprintf(format, args...)
}
