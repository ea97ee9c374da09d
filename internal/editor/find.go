package editor

import (
	"slices"
	"strings"

	"rosterdesk/internal/roster"
)

// Find returns the next visible cell after (row, col), in reading order and
// wrapping round, whose text contains text in any case. ok is false when no
// cell does. Start at row -1 to search from the top.
func (d *Document) Find(text string, row int, col Column) (foundRow int, foundCol Column, ok bool) {
	lower := strings.ToLower(strings.TrimSpace(text))
	n, cols := d.Len(), d.NumColumns()
	if lower == "" || n == 0 {
		return 0, 0, false
	}
	start := row*cols + int(col)
	for step := 1; step <= n*cols; step++ {
		i := ((start+step)%(n*cols) + n*cols) % (n * cols)
		r, c := i/cols, Column(i%cols)
		if strings.Contains(strings.ToLower(CellValue(d.view.rows[r], c)), lower) {
			return r, c, true
		}
	}
	return 0, 0, false
}

// Schools returns the schools named in the roster, sorted, for the filter
// and for completion.
func (d *Document) Schools() []string {
	return d.distinct(func(row *roster.Row) string { return strings.TrimSpace(row.Values[roster.School]) })
}

// Classes returns the canonical classes used in a school ("" for every
// school), sorted, for the filter and for the class picker.
func (d *Document) Classes(school string) []string {
	school = strings.TrimSpace(school)
	return d.distinct(func(row *roster.Row) string {
		if school != "" && strings.TrimSpace(row.Values[roster.School]) != school {
			return ""
		}
		return roster.ParseClass(row.Values[roster.Class]).Canonical
	})
}

func (d *Document) distinct(value func(*roster.Row) string) []string {
	seen := make(map[string]bool)
	for _, row := range d.roster.Rows {
		if v := value(row); v != "" {
			seen[v] = true
		}
	}
	out := make([]string, 0, len(seen))
	for v := range seen {
		out = append(out, v)
	}
	sortNatural(out)
	return out
}

// sortNatural sorts in the order a Swedish or Finnish reader expects.
func sortNatural(values []string) {
	c := newCollator()
	slices.SortFunc(values, func(a, b string) int { return c.CompareString(a, b) })
}
