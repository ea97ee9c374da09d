package sheet

import "rosterdesk/internal/roster"

// HeaderLine is one line of cells read as the importer reads a header:
// for a block pasted from Excel, whose first line may be the export's
// header rather than a person.
type HeaderLine struct {
	// Fields holds the field each cell names, roster.NoField for a cell
	// that names none (or a field an earlier cell took).
	Fields []roster.Field
	// Protected marks the cells that name a protected-identity column.
	Protected []bool
	// Names holds each cell's text, trimmed.
	Names []string
	// named is how many distinct fields the line names.
	named int
}

// ReadHeaderLine reads cells with the importer's header names (English,
// Swedish, Finnish, job titles as the Role column, protected-identity
// columns), without the user's mappings.
func ReadHeaderLine(cells []string) HeaderLine {
	l := readLayout(cells, nil)
	return HeaderLine{Fields: l.field, Protected: l.protected, Names: l.names, named: l.score}
}

// IsHeader reports whether the importer would take the line as a
// sheet's header: it names at least as many fields as a header must.
func (h HeaderLine) IsHeader() bool { return h.named >= minHeaderScore }

// HeaderField returns the field a header cell names, if any.
func HeaderField(name string) (roster.Field, bool) {
	f, ok := headerNames[foldHeader(name)]
	return f, ok
}
