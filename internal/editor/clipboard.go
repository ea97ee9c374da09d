package editor

import (
	"strings"

	"rosterdesk/internal/roster"
)

// Copy returns the visible cells of rows [row0, row1] and columns [col0,
// col1] as tab-separated text, the way Excel puts a block on the
// clipboard.
func (d *Document) Copy(row0, row1 int, col0, col1 Column) string {
	var b strings.Builder
	for r := max(row0, 0); r <= row1 && r < d.Len(); r++ {
		for c := col0; c <= col1 && int(c) < d.NumColumns(); c++ {
			if c > col0 {
				b.WriteByte('\t')
			}
			b.WriteString(quoteTSV(CellValue(d.view.rows[r], c)))
		}
		b.WriteString("\r\n")
	}
	return b.String()
}

// Paste writes a block of tab-separated text (from Excel, LibreOffice or
// Copy) with its top-left cell at visible row row, column col, adding rows
// at the end when the block is longer than the view. Cells past the last
// column are dropped. It is one edit, and returns the block's size.
func (d *Document) Paste(row int, col Column, text string) (rows, cols int) {
	block := parseTSV(text)
	if len(block) == 0 || row < 0 || col < 0 || int(col) >= d.NumColumns() {
		return 0, 0
	}
	var changes []change
	var added []*roster.Row
	for i, record := range block {
		target := d.Row(row + i)
		if target == nil {
			// Rows past the end are made with their values and inserted
			// together after the last visible row.
			target = d.roster.NewRow()
			target.Extra = make([]string, len(d.roster.ExtraColumns))
			added = append(added, target)
			d.view.pin(target.ID)
		}
		for j, value := range record {
			c := col + Column(j)
			if int(c) >= d.NumColumns() {
				break
			}
			cols = max(cols, j+1)
			value, gone := normalise(c, value)
			ch := setTo(target, c, value, gone)
			switch {
			case !ch.changes():
			case d.byID[target.ID] == nil:
				setValue(target, c, ch.new, ch.newGone)
			default:
				changes = append(changes, ch)
				d.view.pin(target.ID)
			}
		}
	}
	if len(added) > 0 {
		changes = append(changes, insertRows{at: d.rosterPosition(d.Len()), rows: added})
	}
	d.do("Paste", changes)
	return len(block), cols
}

// quoteTSV quotes a value that holds a tab, a line break or a quote, as
// Excel does.
func quoteTSV(v string) string {
	if !strings.ContainsAny(v, "\t\r\n\"") {
		return v
	}
	return `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
}

// parseTSV splits clipboard text into records of cells. A cell that starts
// with a quote runs to the closing quote, with "" for a quote inside, so
// that cells holding tabs and line breaks survive; empty lines are kept as
// empty records, and one line break at the end is dropped.
func parseTSV(text string) [][]string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.TrimSuffix(text, "\n")
	if text == "" {
		return nil
	}
	var records [][]string
	var record []string
	var cell strings.Builder
	quoted, atStart := false, true
	for i := 0; i < len(text); i++ {
		ch := text[i]
		switch {
		case quoted && ch == '"' && i+1 < len(text) && text[i+1] == '"':
			cell.WriteByte('"')
			i++
		case quoted && ch == '"':
			quoted = false
		case quoted:
			cell.WriteByte(ch)
		case atStart && ch == '"':
			quoted = true
		case ch == '\t' || ch == '\n':
			record = append(record, cell.String())
			cell.Reset()
			if ch == '\n' {
				records = append(records, record)
				record = nil
			}
			atStart = true
			continue
		default:
			cell.WriteByte(ch)
		}
		atStart = false
	}
	return append(records, append(record, cell.String()))
}
