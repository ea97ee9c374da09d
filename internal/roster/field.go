// Package roster holds the data of a roster: the eight fields of the upload
// file, rows with stable ids, and the normalisation of roles and classes.
// It does no I/O and knows nothing of files or windows.
package roster

// Field is one of the eight columns of the upload file, in the order the
// file contract gives them.
type Field int

// The fields of the upload file, in file order.
const (
	Email Field = iota
	FirstName
	LastName
	Class
	School
	Municipality
	Role
	SSOID

	// NumFields is the number of fields; it is not a field.
	NumFields
)

// NoField marks a problem or a column that belongs to no single field.
const NoField Field = -1

// ProtectedField names, in a problem, a row's protected-identity mark. It
// is not a field of the upload file: Valid is false, and String gives
// "Protected", as the command line's JSON names it.
const ProtectedField Field = NumFields

var fieldNames = [NumFields]string{
	"Email", "FirstName", "LastName", "Class", "School", "Municipality", "Role", "SSOID",
}

// Fields lists every field in file order.
var Fields = [NumFields]Field{Email, FirstName, LastName, Class, School, Municipality, Role, SSOID}

// String returns the column name of the field as the upload file spells it,
// "Protected" for ProtectedField, or "" for NoField.
func (f Field) String() string {
	if f == ProtectedField {
		return "Protected"
	}
	if f < 0 || f >= NumFields {
		return ""
	}
	return fieldNames[f]
}

// Valid reports whether f is one of the eight fields.
func (f Field) Valid() bool { return f >= 0 && f < NumFields }

// FieldByName returns the field whose upload-file column name is name
// (exact spelling, as in "FirstName").
func FieldByName(name string) (Field, bool) {
	for i, n := range fieldNames {
		if n == name {
			return Field(i), true
		}
	}
	return NoField, false
}
