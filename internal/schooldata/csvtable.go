package schooldata

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"

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
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.Comma = delimiter(data)
	t := &table{name: name, col: map[string]int{}}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := 0
			if pe, ok := errors.AsType[*csv.ParseError](err); ok {
				line = pe.Line
			}
			return nil, i18n.NewError(i18n.T("%s, line %d: not a valid CSV record", name, line), err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) > maxFields {
			return nil, i18n.NewError(i18n.T("%s, line %d: too many columns", name, line), nil)
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
