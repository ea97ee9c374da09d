package ui

import (
	"errors"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2/lang"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/sheet"
)

// errorText says an error in the window's language as far as its parts
// can be translated: where in the file (name, row, column) and a cause
// that carries its message as an i18n.Text. Other causes keep their
// English words.
func errorText(err error) string {
	if err == nil {
		return ""
	}
	var fe *sheet.FileError
	if !errors.As(err, &fe) || fe.Err == nil {
		return causeText(err)
	}
	where := filepath.Base(fe.Path)
	if fe.Row > 0 {
		where = fmt.Sprintf(lang.L("%s, row %d"), where, fe.Row)
	}
	if fe.Column != "" {
		where = fmt.Sprintf(lang.L("%s, column %s"), where, fe.Column)
	}
	return where + ": " + causeText(fe.Err)
}

// causeText is the translated message of an error that has one.
func causeText(err error) string {
	var t interface{ Text() i18n.Text }
	if errors.As(err, &t) {
		return say(t.Text())
	}
	return err.Error()
}
