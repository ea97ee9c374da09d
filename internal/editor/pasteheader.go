package editor

import (
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// pastedHeader is the first line of a pasted block read as a header.
type pastedHeader struct {
	// dest is the grid column of each pasted column, by its name (-1 for
	// none); nil when the columns keep the order pasted.
	dest []Column
	// leftOut names the pasted columns the list has no column for.
	leftOut []string
	// protected marks the pasted columns that hold protected-identity
	// marks.
	protected []bool
}

// pasteHeader reads the first line of a block pasted at column col as a
// header, as a secretary copies a whole export or a column from Excel
// with its heading:
//   - a line the importer would take as a sheet's header (three or more
//     field names in English, Swedish or Finnish) is a header, and its
//     names say where each column goes: a field's column, or an extra
//     column of the same name; a protected-identity column, or one whose
//     header only sounds like one, marks rows;
//   - a line over more lines in which every filled cell names the column
//     it lands in ("Klass" pasted into Class) is a header, and the
//     columns keep the order pasted.
//
// ok is false when the first line is data.
func (d *Document) pasteHeader(block [][]string, col Column) (h pastedHeader, ok bool) {
	first := sheet.ReadHeaderLine(block[0])
	if first.IsHeader() {
		h.protected = append([]bool(nil), first.Protected...)
		for j, f := range first.Fields {
			c := Column(-1)
			switch {
			case f != roster.NoField:
				c = FieldColumn(f)
			case first.Protected[j]:
			default:
				c = d.extraColumn(first.Names[j])
				switch {
				case c >= 0:
				case roster.SuggestsProtection(first.Names[j]):
					// A header that only sounds like protection
					// ("Sekretess (J/N)") marks rows all the same: on
					// import it stops the export until the user says
					// what it holds, and dropped here it would let a
					// marked pupil through.
					h.protected[j] = true
				case first.Names[j] != "":
					h.leftOut = append(h.leftOut, first.Names[j])
				}
			}
			h.dest = append(h.dest, c)
		}
		return h, true
	}
	if len(block) < 2 {
		return h, false
	}
	named := 0
	for j, name := range first.Names {
		if name == "" {
			continue
		}
		c := col + Column(j)
		if int(c) >= d.NumColumns() || !d.names(c, name) {
			return h, false
		}
		named++
	}
	return h, named > 0
}

// names reports whether a header names column c: by the importer's words
// for its field, or by the column's own name.
func (d *Document) names(c Column, name string) bool {
	if f, ok := c.Field(); ok {
		if g, known := sheet.HeaderField(name); known && g == f {
			return true
		}
	}
	return roster.HeaderKey(name) == roster.HeaderKey(d.ColumnName(c))
}

// extraColumn returns the extra column a header names, or -1.
func (d *Document) extraColumn(name string) Column {
	key := roster.HeaderKey(name)
	if key == "" {
		return -1
	}
	for i, n := range d.roster.ExtraColumns {
		if roster.HeaderKey(n) == key {
			return Column(int(roster.NumFields) + i)
		}
	}
	return -1
}

// marks reports whether a pasted line's protected-identity cells mark
// the person protected: any value but an explicit no does (fail closed,
// as on import).
func (h pastedHeader) marks(line []string) bool {
	for j, p := range h.protected {
		if p && j < len(line) && roster.ReadMark(line[j]).Protected() {
			return true
		}
	}
	return false
}
