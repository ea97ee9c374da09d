package roster

import (
	"strings"
	"unicode/utf8"
)

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
	// LeftOut marks a row left out of the upload file: a leaver, a row
	// hidden in the workbook, or a row the user said does not belong.
	// Like a protected row it is never exported, and it is counted.
	LeftOut bool
	// Hidden says the row was hidden in the workbook it came from: the
	// user of Excel did not see it (often a leaver).
	Hidden bool
	// SourceLine is the row number the user sees in the file the row was
	// imported from (for a csv, the row Excel shows its record on: line
	// breaks inside quoted cells start no row); 0 for a row added in the
	// editor.
	SourceLine int
	// Source is where the row was read from: its number in the roster's
	// Sources (see Roster.SourceOf); 0 for a row typed or pasted in.
	Source int
	// removed holds, per field, the invisible characters CleanText took
	// out of the value the field was last given; nil when none were.
	removed *[NumFields]string
}

// Removed returns the invisible characters CleanText took out of field f's
// value when it was last set, or "".
func (r *Row) Removed(f Field) string {
	if r.removed == nil || !f.Valid() {
		return ""
	}
	return r.removed[f]
}

// SetRemoved records the invisible characters taken out of field f's value
// ("" for none). Clones share the record, so it is copied, never changed
// in place.
func (r *Row) SetRemoved(f Field, chars string) {
	if !f.Valid() || r.Removed(f) == chars {
		return
	}
	var next [NumFields]string
	if r.removed != nil {
		next = *r.removed
	}
	next[f] = chars
	if next == ([NumFields]string{}) {
		r.removed = nil
		return
	}
	r.removed = &next
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
		if filled(v) {
			return false
		}
	}
	for _, v := range r.Extra {
		if filled(v) {
			return false
		}
	}
	return true
}

// filled reports whether v holds more than white space. A value that
// starts with a printable ASCII character, as nearly every one does, is
// told by that byte: the check asks it of every row several times.
func filled(v string) bool {
	if v == "" {
		return false
	}
	if c := v[0]; c > ' ' && c < utf8.RuneSelf {
		return true
	}
	return strings.TrimSpace(v) != ""
}

// Exported reports whether the row goes into the upload file: it is
// not blank, not protected and not left out.
func (r *Row) Exported() bool { return !r.Protected && !r.LeftOut && !r.Blank() }

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
