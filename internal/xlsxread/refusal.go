package xlsxread

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

	// ErrTooLarge is a file larger than any roster (MaxFileSize), or a
	// workbook that unpacks to more than a roster does.
	ErrTooLarge error = &i18n.Error{Message: i18n.T("the file is too large for a roster")}

	// ErrWrongPassword is an encrypted workbook opened with a password
	// that does not open it.
	ErrWrongPassword error = &i18n.Error{Message: i18n.T("the password is not correct")}

	// ErrXLSB is a binary Excel workbook. It is also an
	// ErrNotSpreadsheet.
	ErrXLSB error = notSpreadsheet("this is a binary Excel workbook (.xlsb); open it in Excel and save it as .xlsx")
)

// Refused is an ErrRefused saying why.
func Refused(format string, args ...any) error {
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

// RefusalAt places an error at a row and column (1 is A; 0 for none) of
// the sheet, for the message; a FileError stays as it is.
func RefusalAt(path string, row, col int, err error) error {
	if fe, ok := errors.AsType[*FileError](err); ok {
		return fe
	}
	fe := &FileError{Path: path, Row: row, Err: err}
	if col > 0 {
		fe.Column = ColumnLetter(col - 1)
	}
	return fe
}

// ColumnLetter returns the spreadsheet letter of column i (0 is A).
func ColumnLetter(i int) string {
	var b []byte
	for i++; i > 0; i = (i - 1) / 26 {
		b = append([]byte{byte('A' + (i-1)%26)}, b...)
	}
	return string(b)
}

// ErrReaderPanic is a file on which a reader panicked: damaged, in a way
// the readers did not foresee.
var ErrReaderPanic = damagedBecause("the file is damaged in a way that could not be read")
