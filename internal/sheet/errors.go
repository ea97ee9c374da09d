package sheet

import (
	"errors"
	"io/fs"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/xlsxread"
)

// FileError says why a file cannot be read, and where when that is known:
// xlsxread's, the csv reader's and the writers' alike.
type FileError = xlsxread.FileError

// Why a file cannot be read. A FileError wraps one of these, or an error
// of the operating system. Each has its message as an i18n.Text (see
// i18n.TextOf), to be said in the user's language. Those of workbooks are
// xlsxread's.
var (
	ErrNotSpreadsheet       = xlsxread.ErrNotSpreadsheet
	ErrOldXLS               = xlsxread.ErrOldXLS
	ErrEncrypted            = xlsxread.ErrEncrypted
	ErrWrongPassword        = xlsxread.ErrWrongPassword
	ErrDamaged              = xlsxread.ErrDamaged
	ErrEmpty                = xlsxread.ErrEmpty
	ErrTooLarge             = xlsxread.ErrTooLarge
	ErrRefused              = xlsxread.ErrRefused
	ErrODS                  = xlsxread.ErrODS
	ErrXLSB                 = xlsxread.ErrXLSB
	ErrNoHeader       error = &i18n.Error{Message: i18n.T("no header row found")}
)

// expectedColumns is what a header row must name, for messages.
const expectedColumns = "at least three of the columns Email, FirstName, LastName, Class, School, Municipality, Role, SSOID (in English, Swedish or Finnish)"

// noHeader is ErrNoHeader saying where the header was looked for.
func noHeader(searched i18n.Text) error {
	return &i18n.Error{Message: i18n.T("no header row found in %s: expected %s", searched, i18n.T(expectedColumns)),
		Kinds: []error{ErrNoHeader}}
}

// fileError wraps err for path unless it already is a FileError.
func fileError(path string, err error) error { return xlsxread.AtFile(path, err) }

// osReason turns an error of opening or reading a file into plain words
// that still wrap the original, so that errors.Is(err, fs.ErrNotExist)
// holds. The system's own words, which name the whole path, stay out of
// the message.
func osReason(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return i18n.NewError(i18n.T("no such file"), err)
	case errors.Is(err, fs.ErrPermission):
		return i18n.NewError(i18n.T("you may not read this file"), err)
	}
	return i18n.NewError(i18n.T("the file could not be read"), err)
}
