package sheet

import "strings"

// interner makes the equal values of a column share one string: a list's
// schools, municipality, classes, roles and names repeat on thousands of
// rows, and a reader makes a string of each cell. A column keeps at most
// internLimit different values, so that a column of unique values
// (addresses, ids) costs a bounded table; values beyond it are looked up
// but not added. The rows own their strings: an edit gives a cell a new
// string and leaves the other rows' alone.
type interner struct {
	columns []map[string]string
}

const (
	// internLimit is the number of different values a column keeps.
	internLimit = 1 << 14
	// internMaxLen is the longest value kept: longer ones seldom repeat.
	internMaxLen = 64
)

// of returns the column's string equal to v, v itself when it has none.
func (t *interner) of(column int, v string) string {
	if v == "" || len(v) > internMaxLen || column < 0 {
		return v
	}
	for column >= len(t.columns) {
		t.columns = append(t.columns, nil)
	}
	m := t.columns[column]
	if s, ok := m[v]; ok {
		return s
	}
	if m == nil {
		m = make(map[string]string)
		t.columns[column] = m
	}
	if len(m) < internLimit {
		// A copy, so that the table does not hold the reader's larger
		// buffer (a csv record's fields share one string).
		v = strings.Clone(v)
		m[v] = v
	}
	return v
}
