package sheet

import (
	"errors"

	"rosterdesk/internal/i18n"
)

// Why a workbook is refused before or while it is read: files built in a
// way no roster is, or that need a password.
var (
	// ErrRefused is a workbook shaped like no roster: data far to the
	// right on many rows, rows past the last one a sheet may have, a cell
	// longer than Excel allows, a zip that unpacks to far more than it
	// holds. A refusal's message says which.
	ErrRefused error = &i18n.Error{Message: i18n.T("the workbook is not shaped like a roster")}

	// ErrTooLarge is a file larger than any roster.
	ErrTooLarge = errTooLarge

	// ErrWrongPassword is an encrypted workbook opened with a password
	// that does not open it.
	ErrWrongPassword error = &i18n.Error{Message: i18n.T("the password is not correct")}

	// ErrXLSB is a binary Excel workbook. It is also an
	// ErrNotSpreadsheet.
	ErrXLSB error = notSpreadsheet("this is a binary Excel workbook (.xlsb); open it in Excel and save it as .xlsx")
)

// refused is an ErrRefused saying why.
func refused(format string, args ...any) error {
	return &i18n.Error{Message: i18n.T(format, args...), Kinds: []error{ErrRefused}}
}

// tooLarge is an ErrTooLarge saying why.
func tooLarge(format string, args ...any) error {
	return &i18n.Error{Message: i18n.T(format, args...), Kinds: []error{ErrTooLarge}}
}

// damagedBecause is an ErrDamaged saying why, in words that never quote
// the file.
func damagedBecause(format string, args ...any) error {
	return &i18n.Error{Message: i18n.T(format, args...), Kinds: []error{ErrDamaged}}
}

// refusalAt places an error at a row and column of the sheet, for the
// message; a FileError stays as it is.
func refusalAt(path string, row, col int, err error) error {
	if fe, ok := errors.AsType[*FileError](err); ok {
		return fe
	}
	fe := &FileError{Path: path, Row: row, Err: err}
	if col > 0 {
		fe.Column = columnLetters(col)
	}
	return fe
}

// columnLetters is the letters of column col (1 is A).
func columnLetters(col int) string {
	var b []byte
	for col > 0 {
		col--
		b = append([]byte{byte('A' + col%26)}, b...)
		col /= 26
	}
	return string(b)
}

// errReaderPanic is a file on which a reader panicked: damaged, in a way
// the readers did not foresee.
var errReaderPanic = damagedBecause("the file is damaged in a way that could not be read")
