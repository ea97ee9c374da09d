package sheet

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
)

// Why a file cannot be read. A FileError wraps one of these, or an error
// of the operating system.
var (
	ErrNotSpreadsheet = errors.New("this is not a spreadsheet: open an .xlsx or .csv file")
	ErrOldXLS         = errors.New("this is an old Excel 97–2003 file (.xls); open it in Excel and save it as .xlsx")
	ErrEncrypted      = errors.New("the workbook is protected with a password: give the password (roster: --password), or remove it in Excel and save the file again")
	ErrDamaged        = errors.New("the file is damaged and cannot be read")
	ErrEmpty          = errors.New("the file is empty")
	ErrNoHeader       = errors.New("no header row found")

	// ErrODS is an OpenDocument spreadsheet. It is also an
	// ErrNotSpreadsheet: errors.Is(ErrODS, ErrNotSpreadsheet) holds.
	ErrODS error = notSpreadsheet("this is an OpenDocument spreadsheet (.ods); open it and save it as .xlsx")
)

// expectedColumns is what a header row must name, for messages.
const expectedColumns = "at least three of the columns Email, FirstName, LastName, Class, School, " +
	"Municipality, Role, SSOID (in English, Swedish or Finnish)"

// noHeader is ErrNoHeader saying where the header was looked for.
type noHeader struct{ searched string }

func (e *noHeader) Error() string {
	return "no header row found in " + e.searched + ": expected " + expectedColumns
}
func (e *noHeader) Is(target error) bool { return target == ErrNoHeader }

// notSpreadsheet is a more precise ErrNotSpreadsheet.
type notSpreadsheet string

func (e notSpreadsheet) Error() string        { return string(e) }
func (e notSpreadsheet) Is(target error) bool { return target == ErrNotSpreadsheet }

// FileError says why a file cannot be read, and where when that is known.
// Its message is one line that names the file.
type FileError struct {
	Path   string
	Row    int    // the row (csv: line) the user sees, or 0
	Column string // the column's header or letter, or ""
	Err    error
}

func (e *FileError) Error() string {
	where := filepath.Base(e.Path)
	if e.Row > 0 {
		where += fmt.Sprintf(", row %d", e.Row)
	}
	if e.Column != "" {
		where += ", column " + e.Column
	}
	msg := "unknown error"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	return oneLine(where + ": " + msg)
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

// fileError wraps err for path unless it already is a FileError.
func fileError(path string, err error) error {
	if fe, ok := errors.AsType[*FileError](err); ok {
		return fe
	}
	return &FileError{Path: path, Err: err}
}

// damaged says a file is damaged. The library's detail stays in the
// chain, for errors.Is and errors.As, but not in the message: it can quote
// the file's contents (a cell's text, a name in a broken tag), and an
// error message never holds personal data.
func damaged(err error) error {
	if err == nil {
		return ErrDamaged
	}
	return &damagedError{detail: err}
}

type damagedError struct{ detail error }

func (e *damagedError) Error() string   { return ErrDamaged.Error() }
func (e *damagedError) Unwrap() []error { return []error{ErrDamaged, e.detail} }

// reason is an operating-system error in plain words that still wraps the
// original, so that errors.Is(err, fs.ErrNotExist) holds.
type reason struct {
	msg string
	err error
}

func (r *reason) Error() string { return r.msg }
func (r *reason) Unwrap() error { return r.err }

// osReason turns the usual errors of opening a file into plain words.
func osReason(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &reason{"no such file", err}
	case errors.Is(err, fs.ErrPermission):
		return &reason{"you may not read this file", err}
	}
	return err
}
