package sheet

import (
	"strings"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/xlsxread"
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
func chooseHeader(records []headRecord, maps []ColumnMap) (int, layout) {
	best, bestLayout := -1, layout{}
	for i, r := range records {
		l := readLayout(r.cells, maps)
		if l.score >= minHeaderScore && l.score > bestLayout.score {
			best, bestLayout = i, l
		}
	}
	return best, bestLayout
}

// startRows chooses the header among the first records, sets it on imp,
// and adds the records after it as rows; value, if not nil, turns each
// data cell outside the fields into its value first, and uncached, if
// not nil, gives a row's cells whose formula has no value (see
// readUncached); merges are the sheet's merged ranges (see mergeFill). It
// returns nil when no record is a header.
func startRows(imp *Import, records []headRecord, value xlsxread.CellFunc, uncached func(line int) []int, merges []xlsxread.Merge) *rowBuilder {
	i, l := chooseHeader(records, imp.maps)
	if i < 0 {
		return nil
	}
	imp.HeaderRow = records[i].line
	b := newRowBuilder(imp, l)
	b.value, b.uncached, b.merges = value, uncached, newMergeFill(merges)
	for j := i - 1; j >= 0; j-- {
		if t, ok := titleLine(records[j].cells, records[j].line); ok {
			imp.tableTitles = append(imp.tableTitles, t) // the title of the first table
			break
		}
	}
	for _, r := range records[i+1:] {
		b.add(r.cells, r.line)
	}
	return b
}

// rowBuilder turns data records into rows of a roster.
type rowBuilder struct {
	imp    *Import
	layout layout
	// value, if not nil, turns a raw cell of a column that is none of
	// the fields into its value.
	value xlsxread.CellFunc
	// uncached, if not nil, gives the columns of a row whose cells hold
	// a formula without a value.
	uncached func(line int) []int
	// uncachedFields counts such cells by the field's source column.
	uncachedFields map[int]uncachedField
	// unheaded maps a source column without a header to the extra
	// column its values are kept in.
	unheaded map[int]int
	// values makes the equal values of a source column share a string.
	values interner
	// merges fills the cells of merged ranges, or is nil.
	merges *mergeFill
	// first is the sheet's header, which the roster's columns follow;
	// layout differs from it below a repeated header (see rehead), and
	// toFirst then gives the first header's column of each column, or -1.
	first   firstHeader
	toFirst []int
	// headed names the extra columns, by unheaded key, that only a
	// repeated header has.
	headed map[int]string
	// markLike are the extra columns found holding a protection mark
	// (see noteMarkLike); hints, those whose header makes a yes word one;
	// status, the leavers' status columns.
	markLike, hints, status []bool
	// memo holds what the import made of each field's last value.
	memo [roster.NumFields]fieldMemo
}

func newRowBuilder(imp *Import, l layout) *rowBuilder {
	imp.Roster = roster.New()
	imp.Roster.ExtraColumns = l.extraNames
	imp.Columns = l.columns
	imp.ProtectedColumn = l.protectedHeader
	imp.SourceColumns = sourceColumns(l)
	imp.headers = l.names
	for _, name := range l.settled {
		imp.Roster.SetSettled(name, true)
	}
	imp.Roster.SetGradeColumn(l.gradeHeader)
	imp.notePreferred(l)
	for i, t := range l.offMark {
		if l.extra[i] >= 0 {
			imp.Roster.SetMarkOff(l.names[i], t.String())
		}
	}
	imp.columnsTwice(l)
	for i, found := range l.mapped {
		if found {
			imp.Mapped = append(imp.Mapped, imp.maps[i].Header)
		}
	}
	b := &rowBuilder{imp: imp, layout: l, first: firstHeader{layout: l, emailColumn: -1}}
	for i, f := range l.field {
		if f == roster.Email {
			b.first.emailColumn = i
		}
	}
	return b
}

// firstHeader is a sheet's header and its Email column (-1 for none).
type firstHeader struct {
	layout      layout
	emailColumn int
}

// add makes a row of a record from source row (or line) number line.
// Wholly blank records are skipped. A value in a column without a header
// is kept in an extra column named after the column's letter.
func (b *rowBuilder) add(cells []string, line int) {
	cells = b.merges.fill(cells, line)
	if blankRecord(cells) {
		return
	}
	if l, ok := b.repeatsHeader(cells); ok {
		b.rehead(l, line)
		return
	}
	if text, ok := footerLine(cells); ok {
		b.skipFooter(text, line)
		return
	}
	if t, ok := titleLine(cells, line); ok {
		b.noteTitle(t)
		return
	}
	b.noteSourceValues(b.inFirstOrder(cells), line, b.imp.dataRows)
	b.imp.dataRows++
	row := b.imp.Roster.NewRow()
	row.SourceLine = line
	if n := len(b.layout.extraNames); n > 0 {
		row.Extra = make([]string, n)
	}
	for i, cell := range cells {
		f, extra := roster.NoField, -1
		if i < len(b.layout.field) {
			f, extra = b.layout.field[i], b.layout.extra[i]
		}
		if b.value != nil && f == roster.NoField {
			cell = b.value(i, line, cell)
		}
		v := strings.TrimSpace(cell)
		if v != cell {
			b.imp.countTrimmed()
		}
		switch {
		case f != roster.NoField:
			b.setField(row, f, v)
			if f == roster.Role {
				b.countTitle(v)
			}
			row.Values[f] = b.values.of(i, row.Values[f])
			b.noteIdentityNumber(i, row.Values[f])
		case i < len(b.layout.protected) && b.layout.protected[i]:
			b.readMark(row, i, v)
		case extra >= 0:
			row.Extra[extra] = b.values.of(i, v)
			b.noteMarkLike(row, extra, v)
		case v != "":
			k := i
			if _, ok := b.headed[secondHeaderKey+i]; ok {
				k = secondHeaderKey + i
			}
			b.noteMarkLike(row, b.setUnheaded(row, k, b.values.of(i, v)), v)
		}
	}
	b.fillFirstName(row)
	b.readPlaceholders(row)
	b.readUncached(row, line)
	b.imp.Roster.Rows = append(b.imp.Roster.Rows, row)
}

// setUnheaded keeps value v of source column i, which has no header, in
// an extra column made for it the first time it holds a value, and
// returns that column's index.
func (b *rowBuilder) setUnheaded(row *roster.Row, i int, v string) int {
	if b.unheaded == nil {
		b.unheaded = make(map[int]int)
	}
	x, ok := b.unheaded[i]
	if !ok {
		name, ok := b.headed[i]
		if !ok {
			name = "Column " + xlsxread.ColumnLetter(i)
		}
		x = b.imp.Roster.AddExtraColumn(name)
		b.unheaded[i] = x
	}
	if len(row.Extra) <= x {
		row.Extra = append(row.Extra, make([]string, x+1-len(row.Extra))...)
	}
	row.Extra[x] = v
	return x
}

// columnName names source column i for a message: its header when the
// header is known and names it, else its letter.
func columnName(header []string, i int) string {
	if i < len(header) && header[i] != "" {
		return header[i]
	}
	return xlsxread.ColumnLetter(i)
}

// importValue is how the import writes a trimmed value of field f: a
// recognised role canonically ("Elev" → "student"), anything else as it
// is. A writer that reads its file back compares through this.
func importValue(f roster.Field, v string) string {
	if f == roster.Role {
		if k := roster.ParseRole(v); k != roster.NoRole {
			return k.String()
		}
	}
	return v
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
