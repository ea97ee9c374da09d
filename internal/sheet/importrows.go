package sheet

import (
	"strings"

	"rosterdesk/internal/roster"
)

// minHeaderScore is how many distinct fields a row must name to be the
// header.
const minHeaderScore = 3

// headerScanRows is how far down a sheet the header is looked for.
const headerScanRows = 50

// headRecord is one of the first records of a sheet, kept until the
// header is known.
type headRecord struct {
	cells []string
	line  int
}

// chooseHeader picks the header among the first records: the one that
// names the most fields, at least minHeaderScore, the earliest on a tie.
// It returns the header's index, or -1.
func chooseHeader(records []headRecord) (int, layout) {
	best, bestLayout := -1, layout{}
	for i, r := range records {
		l := readLayout(r.cells)
		if l.score >= minHeaderScore && l.score > bestLayout.score {
			best, bestLayout = i, l
		}
	}
	return best, bestLayout
}

// startRows chooses the header among the first records, sets it on imp,
// and adds the records after it as rows. It returns nil when no record is
// a header.
func startRows(imp *Import, records []headRecord) *rowBuilder {
	i, l := chooseHeader(records)
	if i < 0 {
		return nil
	}
	imp.HeaderRow = records[i].line
	b := newRowBuilder(imp, l)
	for _, r := range records[i+1:] {
		b.add(r.cells, r.line)
	}
	return b
}

// rowBuilder turns data records into rows of a roster.
type rowBuilder struct {
	imp    *Import
	layout layout
}

func newRowBuilder(imp *Import, l layout) *rowBuilder {
	imp.Roster = roster.New()
	imp.Roster.ExtraColumns = l.extraNames
	imp.Columns = l.columns
	imp.ProtectedColumn = l.protectedHeader
	return &rowBuilder{imp: imp, layout: l}
}

// add makes a row of a record from source row (or line) number line.
// Wholly blank records are skipped; cells beyond the header's are ignored.
func (b *rowBuilder) add(cells []string, line int) {
	if blankRecord(cells) {
		return
	}
	row := b.imp.Roster.NewRow()
	row.SourceLine = line
	if n := len(b.layout.extraNames); n > 0 {
		row.Extra = make([]string, n)
	}
	for i, cell := range cells[:min(len(cells), len(b.layout.field))] {
		v := strings.TrimSpace(cell)
		if v != cell {
			b.imp.Trimmed++
		}
		switch f := b.layout.field[i]; {
		case f == roster.Role:
			if k := roster.ParseRole(v); k != roster.NoRole {
				v = k.String()
			}
			row.Values[f] = v
		case f != roster.NoField:
			row.Values[f] = v
		case i == b.layout.protected:
			row.Protected = truthy[foldHeader(v)]
		case b.layout.extra[i] >= 0:
			row.Extra[b.layout.extra[i]] = v
		}
	}
	b.imp.Roster.Rows = append(b.imp.Roster.Rows, row)
}

// blankRecord reports whether every cell is empty or whitespace.
func blankRecord(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
