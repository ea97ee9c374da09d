package roster

import "strings"

// RowID identifies a row for as long as the roster lives: it survives
// sorting, inserting and deleting other rows. IDs start at 1; 0 is no row.
type RowID uint64

// Row is one person of the roster.
type Row struct {
	ID RowID
	// Values holds the eight fields as the user sees them.
	Values [NumFields]string
	// Extra holds the values of the roster's extra columns, by the index of
	// Roster.ExtraColumns. It may be shorter than ExtraColumns: missing
	// values are empty.
	Extra []string
	// Protected marks a person with protected identity (skyddad identitet,
	// sekretessmarkering, turvakielto): never exported.
	Protected bool
	// SourceLine is the row number the user sees in the file the row was
	// imported from (for a csv, the line its record starts on); 0 for a
	// row added in the editor.
	SourceLine int
}

// Get returns the value of field f.
func (r *Row) Get(f Field) string { return r.Values[f] }

// ExtraValue returns the value of extra column i, or "".
func (r *Row) ExtraValue(i int) string {
	if i < 0 || i >= len(r.Extra) {
		return ""
	}
	return r.Extra[i]
}

// Blank reports whether the row holds nothing at all: no field, no extra
// value and no protected mark. Blank rows are neither checked nor exported.
func (r *Row) Blank() bool {
	if r.Protected {
		return false
	}
	for _, v := range r.Values {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	for _, v := range r.Extra {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// Kind returns the row's role, normalised: Student, Teacher or NoRole.
func (r *Row) Kind() RoleKind { return ParseRole(r.Values[Role]) }

// Clone returns a deep copy of the row, with the same id.
func (r *Row) Clone() *Row {
	c := *r
	if r.Extra != nil {
		c.Extra = append([]string(nil), r.Extra...)
	}
	return &c
}
