package check

import (
	"fmt"
	"slices"
	"strings"

	"rosterdesk/internal/roster"
)

// Checker keeps the problems of a roster up to date while it is edited.
// The caller changes the roster itself and then tells the checker what
// changed; each notice costs time in proportion to the rows it names, not
// to the roster.
type Checker struct {
	roster *roster.Roster
	// own holds the problems of each checked row that depend on that row
	// alone; a row is checked exactly when it has an entry.
	own map[roster.RowID][]Problem
	// ownErrors and ownWarnings count the problems in own.
	ownErrors, ownWarnings int

	emails, ssoids, municipalities *groupIndex
	// main is the file's main municipality; municipalityRows counts the
	// checked rows that name any municipality.
	main             string
	municipalityRows int
}

// NewChecker checks the whole roster and returns a checker that follows
// its edits.
func NewChecker(r *roster.Roster) *Checker {
	c := &Checker{
		roster:         r,
		own:            make(map[roster.RowID][]Problem, len(r.Rows)),
		emails:         newGroupIndex(roster.Email, func(v string) string { return strings.ToLower(strings.TrimSpace(v)) }),
		ssoids:         newGroupIndex(roster.SSOID, strings.TrimSpace),
		municipalities: newGroupIndex(roster.Municipality, strings.TrimSpace),
	}
	for _, row := range r.Rows {
		c.learn(row)
	}
	c.main = roster.MainMunicipality(c.municipalities.counts)
	return c
}

// Check returns every problem of the roster, ordered by row, field and
// code.
func Check(r *roster.Roster) []Problem { return NewChecker(r).Problems() }

// Changed tells the checker that field f of row changed from old; the row
// already holds the new value.
func (c *Checker) Changed(row *roster.Row, _ roster.Field, _ string) {
	c.recheck(row)
}

// Added tells the checker that rows were put into the roster.
func (c *Checker) Added(rows ...*roster.Row) {
	for _, row := range rows {
		c.learn(row)
	}
	c.updateMain()
}

// Removed tells the checker that rows were taken out of the roster.
func (c *Checker) Removed(rows ...*roster.Row) {
	for _, row := range rows {
		c.forget(row.ID)
	}
	c.updateMain()
}

// ProtectedChanged tells the checker that a row's protected mark changed.
func (c *Checker) ProtectedChanged(row *roster.Row) { c.recheck(row) }

func (c *Checker) recheck(row *roster.Row) {
	c.forget(row.ID)
	c.learn(row)
	c.updateMain()
}

// learn checks one row and indexes it.
func (c *Checker) learn(row *roster.Row) {
	if !checked(row) {
		return
	}
	problems := rowProblems(nil, row)
	if problems == nil {
		problems = []Problem{}
	}
	c.own[row.ID] = problems
	c.tally(problems, 1)
	c.emails.add(row)
	c.ssoids.add(row)
	if c.municipalities.key(row.Values[roster.Municipality]) != "" {
		c.municipalityRows++
	}
	c.municipalities.add(row)
}

// forget drops a row's problems and takes it out of the indexes.
func (c *Checker) forget(id roster.RowID) {
	problems, ok := c.own[id]
	if !ok {
		return
	}
	c.tally(problems, -1)
	delete(c.own, id)
	c.emails.remove(id)
	c.ssoids.remove(id)
	if c.municipalities.size(id) > 0 {
		c.municipalityRows--
	}
	c.municipalities.remove(id)
}

func (c *Checker) tally(problems []Problem, sign int) {
	for _, p := range problems {
		if p.Severity == Error {
			c.ownErrors += sign
		} else {
			c.ownWarnings += sign
		}
	}
}

// updateMain picks the main municipality again. It costs time in the
// number of different municipalities, which a roster has few of.
func (c *Checker) updateMain() {
	c.main = roster.MainMunicipality(c.municipalities.counts)
}

// MainMunicipality returns the municipality most checked rows name.
func (c *Checker) MainMunicipality() string { return c.main }

// Counts returns the number of errors and warnings, in O(1).
func (c *Checker) Counts() (errors, warnings int) {
	mixed := 0
	if c.main != "" {
		mixed = c.municipalityRows - len(c.municipalities.groups[c.main])
	}
	return c.ownErrors + c.emails.shared + c.ssoids.shared, c.ownWarnings + mixed
}

// RowProblems returns the problems of one row, ordered by field and code.
func (c *Checker) RowProblems(id roster.RowID) []Problem {
	own, ok := c.own[id]
	if !ok {
		return nil
	}
	out := slices.Clone(own)
	if n := c.emails.size(id); n > 1 {
		out = append(out, Problem{Row: id, Field: roster.Email, Severity: Error, Code: CodeEmailDuplicate,
			Message: fmt.Sprintf("the same address is on %d rows; each person needs their own", n)})
	}
	if n := c.ssoids.size(id); n > 1 {
		out = append(out, Problem{Row: id, Field: roster.SSOID, Severity: Error, Code: CodeSSOIDDuplicate,
			Message: fmt.Sprintf("the same SSOID is on %d rows; each person needs their own", n)})
	}
	if k, ok := c.municipalities.keyOf[id]; ok && k != c.main {
		out = append(out, Problem{Row: id, Field: roster.Municipality, Severity: Warning, Code: CodeMunicipalityMixed,
			Message: fmt.Sprintf("one file holds one municipality, and most rows say %q", c.main),
			Fix:     &Fix{Label: fmt.Sprintf("Change to %q", c.main), Value: c.main}})
	}
	slices.SortStableFunc(out, compareProblems)
	return out
}

// CellProblems returns the problems of one cell.
func (c *Checker) CellProblems(id roster.RowID, f roster.Field) []Problem {
	var out []Problem
	for _, p := range c.RowProblems(id) {
		if p.Field == f {
			out = append(out, p)
		}
	}
	return out
}

// Problems returns every problem, ordered by the rows' places in the
// roster, then field, then code.
func (c *Checker) Problems() []Problem {
	var out []Problem
	for _, row := range c.roster.Rows {
		if _, ok := c.own[row.ID]; ok {
			out = append(out, c.RowProblems(row.ID)...)
		}
	}
	return out
}

func compareProblems(a, b Problem) int {
	if a.Field != b.Field {
		return int(a.Field) - int(b.Field)
	}
	return strings.Compare(string(a.Code), string(b.Code))
}
