package editor

import "strings"

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
