// Package check holds the rules of the upload file and the tired-eye
// checks, each with a stable code, a severity and a plain message (the
// codes, severities and titles are listed in codes.go). Rules of one row
// are pure functions of that row; rules that compare rows (duplicates,
// spellings, classes, names) keep indexes of the values they compare.
// Check runs them all over a roster; Checker keeps the result up to date
// after single edits without re-scanning the roster.
package check

import (
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// Severity says whether a problem blocks the export.
type Severity int

// Severities. An error blocks the export; a warning informs and may be
// accepted.
const (
	Error Severity = iota
	Warning
)

// String returns "error" or "warning".
func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Fix is a certain repair of a problem: set the problem's cell to Value,
// or, with LeaveOut, leave its row out of the upload file. A fix with
// Keep or Choices is a choice instead (see Choice): keep one of those rows
// and delete the others, or apply one of several repairs, the user
// picking which; Fix all passes it by.
type Fix struct {
	// Label says in words what the fix does, e.g. `Change to "9A"`.
	Label i18n.Text
	// Value is the cell's new value.
	Value string
	// Keep lists the rows, the problem's among them, of which one is to
	// be kept; nil for a fix that sets Value.
	Keep []roster.RowID
	// LeaveOut says the fix leaves the problem's row out of the upload
	// file (roster.Row.LeftOut) instead of setting a value.
	LeaveOut bool
	// Choices are repairs of which the user picks one (make the role
	// "teacher", or leave the row out); nil for a certain fix.
	Choices []Fix
	// SetField says the fix sets Field of the problem's row to Value,
	// instead of the problem's own cell: a role that the class speaks
	// against is settled by changing either.
	SetField bool
	Field    roster.Field
	// Ask says the fix asks the user for the value and fills it into
	// every empty cell of the problem's field: the municipality of a list
	// that names none, which only the user knows.
	Ask bool
}

// FieldOf returns the field the fix sets on the problem p.
func (f *Fix) FieldOf(p *Problem) roster.Field {
	if f.SetField {
		return f.Field
	}
	return p.Field
}

// Choice reports whether the fix waits for the user's choice (a row to
// keep, one of several repairs, or a value asked for), which Fix all
// passes by.
func (f *Fix) Choice() bool { return f != nil && (f.Keep != nil || f.Choices != nil || f.Ask) }

// Problem is one finding of a rule, shaped like encoding/csv's ParseError:
// where (row, field), what (a stable code and severity) and a message.
type Problem struct {
	// Row is the id of the row the problem is on; 0 for a problem of the
	// whole file.
	Row roster.RowID
	// Field is the cell's field, roster.ProtectedField for a row's
	// protected-identity mark, or roster.NoField for a problem of a whole
	// row (or, with Row 0, of the whole file).
	Field roster.Field
	// Source, for a problem of a whole file (Row 0), is that file's place
	// in the roster's Sources, from 1 (as roster.Row.Source); 0 when no
	// file is known.
	Source int
	// Column is the source header the problem is about, when the field
	// alone does not say it: a protected-identity column, or a column
	// that is none of the fields; "" otherwise.
	Column   string
	Severity Severity
	Code     Code
	// Message says in plain words what is wrong, without repeating the
	// row or field.
	Message i18n.Text
	// Fix is the certain repair, or nil where only the user can decide.
	Fix *Fix
}
