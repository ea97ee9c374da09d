package sheet

import "strings"

// interner makes the equal values of a column share one string: a list's
// schools, municipality, classes, roles and names repeat on thousands of
// rows, and a reader makes a string of each cell. A column keeps at most
// internLimit different values, so that a column of unique values
// (addresses, ids) costs a bounded table; values beyond it are looked up
// but not added, until a column whose full table seldom holds the value
// asked (fewer than one in internProbeHits of internProbe) is no longer
// looked up at all: its values go on as the reader made them. The rows own
// their strings: an edit gives a cell a new string and leaves the other
// rows' alone.
type interner struct {
	columns []internColumn
}

// internColumn is one column's table.
type internColumn struct {
	m map[string]string
	// last is the value last returned: a column that repeats a value on
	// row after row (the municipality, a school) finds it without a
	// lookup, and a value read from a workbook's shared strings is the
	// same string each time, which compares at once.
	last string
	// asked and found count the lookups, and those that found the value,
	// since the table filled or the last probe ended.
	asked, found int
	off          bool
}

const (
	// internLimit is the number of different values a column keeps.
	internLimit = 1 << 14
	// internMaxLen is the longest value kept: longer ones seldom repeat.
	internMaxLen = 64
	// internProbe is how many lookups of a full table are counted before
	// it is asked whether it pays; it does while at least one in
	// internProbeHits finds its value.
	internProbe     = 1 << 12
	internProbeHits = 16
)

// of returns the column's string equal to v, v itself when it has none.
func (t *interner) of(column int, v string) string {
	if v == "" || len(v) > internMaxLen || column < 0 {
		return v
	}
	for column >= len(t.columns) {
		t.columns = append(t.columns, internColumn{})
	}
	c := &t.columns[column]
	if v == c.last {
		return c.last
	}
	if c.off {
		return v
	}
	s, ok := c.m[v]
	switch {
	case ok:
	case c.m == nil:
		c.m = make(map[string]string)
		fallthrough
	case len(c.m) < internLimit:
		// A copy, so that the table does not hold the reader's larger
		// buffer (a csv record's fields share one string).
		s = strings.Clone(v)
		c.m[s] = s
	default:
		s = v
	}
	if len(c.m) >= internLimit {
		c.probe(ok)
	}
	c.last = s
	return s
}

// probe counts a lookup of a full table, and turns the table off at the
// end of a probe in which it seldom found the value.
func (c *internColumn) probe(found bool) {
	c.asked++
	if found {
		c.found++
	}
	if c.asked < internProbe {
		return
	}
	if c.found*internProbeHits < c.asked {
		c.off, c.m = true, nil
	}
	c.asked, c.found = 0, 0
}
