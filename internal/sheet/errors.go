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

// TableSheetsError is the error of a workbook with sheets that look like
// lists (several rows of several filled columns, or a row with an e-mail
// address) but whose header cannot be found: nothing is read until those
// sheets get a header row in Excel or the user says which sheets to read
// (--sheet), or, in the window, leaves them out (ReadOptions.SkipSheets);
// --map cannot help, as it names the columns of a header. It names every
// such sheet at once.
type TableSheetsError struct {
	// Sheets are those sheets' names, in workbook order.
	Sheets []string
}

// Text says which sheets, and what the command line can do about them.
func (e *TableSheetsError) Text() i18n.Text {
	if len(e.Sheets) == 1 {
		return i18n.T("sheet %q looks like a list, but none of its first %d rows is a header naming at least %d of the columns Email, FirstName, LastName, Class, School, Municipality and Role: give it a header row in Excel that names its columns (such as E-post, Förnamn, Efternamn, Klass), or read only the other sheets (--sheet)",
			e.Sheets[0], headerScanRows, minHeaderScore)
	}
	return i18n.T("sheets %s look like lists, but none of their first %d rows is a header naming at least %d of the columns Email, FirstName, LastName, Class, School, Municipality and Role: give each a header row in Excel that names its columns (such as E-post, Förnamn, Efternamn, Klass), or read only the other sheets (--sheet)",
		quoteAll(e.Sheets), headerScanRows, minHeaderScore)
}

// WindowText says which sheets, and what the window offers: to read the
// workbook without them (ReadOptions.SkipSheets), or a header row in
// Excel.
func (e *TableSheetsError) WindowText() i18n.Text {
	if len(e.Sheets) == 1 {
		return i18n.T("sheet %q looks like a list, but no row near its top names its columns (such as E-post, Förnamn, Klass): read the other sheets without it, or give it a header row in Excel and open the file again", e.Sheets[0])
	}
	return i18n.T("sheets %s look like lists, but no row near their top names their columns (such as E-post, Förnamn, Klass): read the other sheets without them, or give them a header row in Excel and open the file again", quoteAll(e.Sheets))
}

func (e *TableSheetsError) Error() string { return e.Text().String() }
