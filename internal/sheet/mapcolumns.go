package sheet

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"

	"rosterdesk/internal/roster"
)

// SourceColumn is one headed column of a source as the import read it:
// what the window's mapping dialog shows and lets the user change.
type SourceColumn struct {
	// Header is the column's header, trimmed.
	Header string
	// Read is what the import read the column as: a field, protected
	// identity, or nothing it reads (an extra column, never exported).
	Read Target
	// Preview holds the column's values on the first data rows, at most
	// PreviewRows of them.
	Preview []string
	// IdentityNumbers says a value on the first identityScanRows data rows
	// is a personal identity number: such a column can never be mapped to
	// a field (ReadFileWith refuses it).
	IdentityNumbers bool
}

// PreviewRows is how many values of each column SourceColumn.Preview
// keeps.
const PreviewRows = 3

// identityScanRows is how many data rows are looked at for personal
// identity numbers, for the dialog's warning; the guard of a mapping
// (noteIdentityNumber) looks at every row.
const identityScanRows = 200

// sourceColumns lists the headed columns of layout l, each read as l says.
func sourceColumns(l layout) []SourceColumn {
	var cols []SourceColumn
	for i, name := range l.names {
		if name == "" {
			continue
		}
		read := Target{Kind: TargetIgnore, Field: roster.NoField}
		switch {
		case l.field[i] != roster.NoField:
			read = Target{Kind: TargetField, Field: l.field[i]}
		case l.protected[i]:
			read = Target{Kind: TargetProtected, Field: roster.NoField}
		case name == l.gradeHeader || l.gradeHeader == "" && roster.GradeHeader(name) && !slices.Contains(l.settled, name):
			read = Target{Kind: TargetGrade, Field: roster.NoField}
		}
		cols = append(cols, SourceColumn{Header: name, Read: read})
	}
	return cols
}

// noteSourceValues keeps the values of the n-th data row (from 0) of
// record cells for the preview and the scan for identity numbers of the
// source's columns (imp.SourceColumns: the headed ones of the sheet's
// first header, in order; cells come in that header's order, also below
// a repeated header).
func (b *rowBuilder) noteSourceValues(cells []string, line, n int) {
	cols := b.imp.SourceColumns
	if n >= identityScanRows || len(cols) == 0 {
		return
	}
	c := 0
	first := b.first.layout // cells come in its order (inFirstOrder)
	for i, name := range first.names {
		if name == "" {
			continue
		}
		v := ""
		if i < len(cells) {
			v = cells[i]
			if b.value != nil && first.field[i] == roster.NoField && b.toFirst == nil {
				v = b.value(i, line, v)
			}
			v = strings.TrimSpace(v)
		}
		col := &cols[c]
		c++
		if n < PreviewRows {
			col.Preview = append(col.Preview, v)
		}
		if !col.IdentityNumbers && v != "" && roster.IdentityNumber(v) {
			col.IdentityNumbers = true
		}
	}
}

// HeaderSetKey names a set of headers, in order, by a hash of their
// canonical forms (in any case, without surrounding spaces and invisible
// characters): the key under which the window remembers the user's
// mapping for files with those headers, holding no header itself.
func HeaderSetKey(headers []string) string {
	h := sha256.New()
	for _, name := range headers {
		h.Write([]byte(mapKey(name)))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// String writes a mapping as ParseColumnMap reads it.
func (m ColumnMap) String() string { return m.Header + "=" + m.Target.String() }

// SameHeader reports whether a and b name one column, as a mapping's
// header meets a source's: in any case, without surrounding spaces and
// invisible characters.
func SameHeader(a, b string) bool { return mapKey(a) == mapKey(b) }
