package schooldata

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"

	"rosterdesk/internal/csvcells"
	"rosterdesk/internal/i18n"
)

// The limits on one CSV entity file, beyond its size.
const (
	maxRecords = 2_000_000
	maxFields  = 1000
)

// table is one CSV entity file read: a header and its records, each with
// the line it starts on.
type table struct {
	name   string
	header []string
	// col finds a column by its header in lower case.
	col   map[string]int
	rows  [][]string
	lines []int
}

// readTable reads the CSV file name of fs; a file the export does not
// hold is nil, or an error when required. Each of columns must be in the
// header (names match in any case, as real exports vary).
func readTable(fs *files, name string, required bool, columns ...string) (*table, error) {
	data, ok := fs.data[name]
	if !ok {
		if required {
			return nil, i18n.NewError(i18n.T("the export has no %s", name), nil)
		}
		return nil, nil
	}
	data = decodeText(data)
	// Cells are split as the roster import splits a csv file, as Excel
	// does: `"Nan" Anna` is the cell Nan Anna.
	r := csvcells.NewReader(bytes.NewReader(data), delimiter(data))
	t := &table{name: name, col: map[string]int{}}
	var last []string // the last record read
	for {
		rec, err := r.Read()
		if err == io.EOF {
			if r.OpenQuote() && len(last) > 0 {
				at, _ := r.FieldPos(len(last) - 1)
				return nil, i18n.NewError(i18n.T("%s, line %d, column %s: a quote (\") opened here is never closed, so the rest of the file would be one value: check the quotes on this line", name, at, t.columnName(len(last)-1)), nil)
			}
			break
		}
		if err != nil {
			line := 0
			if pe, ok := errors.AsType[*csv.ParseError](err); ok {
				line = pe.Line
			}
			return nil, i18n.NewError(i18n.T("%s, line %d: not a valid CSV record", name, line), err)
		}
		last = rec
		line, _ := r.FieldPos(0)
		if len(rec) > maxFields {
			return nil, i18n.NewError(i18n.T("%s, line %d: too many columns", name, line), nil)
		}
		// The standards allow no line break in a value: one there is a
		// quote that opened and did not close where it should, and
		// joined lines, people's records, into one cell.
		for i, v := range rec {
			if strings.ContainsAny(v, "\r\n") {
				at, _ := r.FieldPos(i)
				return nil, i18n.NewError(i18n.T("%s, line %d, column %s: a quote (\") opened here closes only on a later line, so the lines between would be one value; values of this export have no line breaks: check the quotes on this line", name, at, t.columnName(i)), nil)
			}
		}
		if t.header == nil {
			t.header = rec
			for i, h := range rec {
				key := strings.ToLower(strings.TrimSpace(h))
				if _, dup := t.col[key]; !dup {
					t.col[key] = i
				}
			}
			continue
		}
		if blank(rec) {
			continue
		}
		if len(t.rows) >= maxRecords {
			return nil, i18n.NewError(i18n.T("%s holds too many records", name), nil)
		}
		t.rows = append(t.rows, rec)
		t.lines = append(t.lines, line)
	}
	for _, c := range columns {
		if _, ok := t.col[strings.ToLower(c)]; !ok {
			return nil, i18n.NewError(i18n.T("%s has no column %s", name, c), nil)
		}
	}
	return t, nil
}

// columnName names column i for a message: its header, or its number
// from 1 on the header's own line.
func (t *table) columnName(i int) string {
	if t.header != nil && i < len(t.header) && strings.TrimSpace(t.header[i]) != "" {
		return strconv.Quote(strings.TrimSpace(t.header[i]))
	}
	return strconv.Itoa(i + 1)
}

// get returns the trimmed value of column c of record i, or "".
func (t *table) get(i int, c string) string {
	j, ok := t.col[strings.ToLower(c)]
	if !ok || j >= len(t.rows[i]) {
		return ""
	}
	return strings.TrimSpace(t.rows[i][j])
}

// len returns the number of records; a nil table has none.
func (t *table) len() int {
	if t == nil {
		return 0
	}
	return len(t.rows)
}

func blank(rec []string) bool {
	for _, v := range rec {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}
