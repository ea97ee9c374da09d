package xlsxread

import (
	"errors"
	"path/filepath"
	"strings"

	"rosterdesk/internal/i18n"
)

// Why a file cannot be read. A FileError wraps one of these, or an error
// of the operating system. Each has its message as an i18n.Text (see
// i18n.TextOf), to be said in the user's language.
var (
	ErrNotSpreadsheet error = &i18n.Error{Message: i18n.T("this is not a spreadsheet: open an .xlsx or .csv file")}
	ErrOldXLS         error = &i18n.Error{Message: i18n.T("this is an old Excel 97–2003 file (.xls); open it in Excel and save it as .xlsx")}
	ErrEncrypted      error = &i18n.Error{Message: i18n.T("the workbook is protected with a password: give the password (roster: --password), or remove it in Excel and save the file again")}
	ErrDamaged        error = &i18n.Error{Message: i18n.T("the file is damaged and cannot be read")}
	ErrEmpty          error = &i18n.Error{Message: i18n.T("the file is empty")}

	// ErrODS is an OpenDocument spreadsheet. It is also an
	// ErrNotSpreadsheet: errors.Is(ErrODS, ErrNotSpreadsheet) holds.
	ErrODS error = notSpreadsheet("this is an OpenDocument spreadsheet (.ods); open it and save it as .xlsx")
)

// notSpreadsheet is a more precise ErrNotSpreadsheet.
func notSpreadsheet(format string) error {
	return &i18n.Error{Message: i18n.T(format), Kinds: []error{ErrNotSpreadsheet}}
}

// FileError says why a file cannot be read, and where when that is known.
// Its message is one line that names the file.
type FileError struct {
	Path   string
	Row    int    // the row (csv: line) the user sees, or 0
	Column string // the column's header or letter, or ""
	Err    error
}

func (e *FileError) Error() string { return oneLine(e.Text().String()) }

// Text returns the message, to be shown in the user's language: the
// file's name, row and column, and the cause's Text, or its English words
// when it has none.
func (e *FileError) Text() i18n.Text { return e.text(i18n.TextOf) }

// WindowText is Text with the cause as the window says it
// (i18n.WindowTextOf).
func (e *FileError) WindowText() i18n.Text { return e.text(i18n.WindowTextOf) }

// text is the message with the cause's text as textOf finds it.
func (e *FileError) text(textOf func(error) (i18n.Text, bool)) i18n.Text {
	var where any = filepath.Base(e.Path)
	if e.Row > 0 {
		where = i18n.T("%s, row %d", where, e.Row)
	}
	if e.Column != "" {
		where = i18n.T("%s, column %s", where, e.Column)
	}
	var cause any = i18n.T("unknown error")
	if t, ok := textOf(e.Err); ok {
		cause = t
	} else if e.Err != nil {
		cause = oneLine(e.Err.Error())
	}
	return i18n.T("%s: %s", where, cause)
}

// Unwrap returns the cause.
func (e *FileError) Unwrap() error { return e.Err }

// oneLine joins the lines of a message, so that an error from a library
// never breaks a one-line report.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// AtFile wraps err for path unless it already is a FileError.
func AtFile(path string, err error) error {
	if fe, ok := errors.AsType[*FileError](err); ok {
		return fe
	}
	return &FileError{Path: path, Err: err}
}

// Damaged says a file is damaged. The library's detail stays in the
// chain, for errors.Is and errors.As, but not in the message: it can quote
// the file's contents (a cell's text, a name in a broken tag), and an
// error message never holds personal data.
func Damaged(err error) error {
	if err == nil {
		return ErrDamaged
	}
	return &i18n.Error{Message: ErrDamaged.(*i18n.Error).Message, Kinds: []error{ErrDamaged}, Detail: err}
}
