package check

import (
	"slices"
	"strings"

	"rosterdesk/internal/roster"
)

// Checker keeps the problems of a roster up to date while it is edited.
// The caller changes the roster itself and then tells the checker what
// changed; each notice costs time in proportion to the rows it names, not
// to the roster.
//
// A row's problems come in two kinds: those that depend on the row alone,
// stored per row when it is checked, and those of the group rules (the
// same address on two rows, another municipality than the file's), which
// are read from the rules' indexes when asked for. So when the main
// municipality changes, no row needs re-checking at all.
type Checker struct {
	roster *roster.Roster
	// own holds the problems of each checked row that depend on that row
	// alone; a row is checked exactly when it has an entry.
	own ownTable
	// ownErrors and ownWarnings count the problems in own.
	ownErrors, ownWarnings int

	municipality *municipalityRule
	// groups lists every group rule, municipality included.
	groups []groupRule
	// held are the problems the importer found (see Hold).
	held held
	// context says which extra columns hold the grade and the status;
	// tired is the tired-eye rule, whose classes the class problems'
	// suggestions come from.
	context rowContext
	tired   *tiredRule
	// scratch is CellSeverity's buffer for the problems of a rule that
	// cannot tell a cell's severity directly.
	scratch []Problem
}

// NewChecker checks the whole roster and returns a checker that follows
// its edits.
func NewChecker(r *roster.Roster) *Checker {
	c := &Checker{
		roster:       r,
		own:          newOwnTable(len(r.Rows)),
		municipality: newMunicipalityRule(len(r.Rows)),
		context:      contextOf(r),
		tired:        newTiredRule(len(r.Rows)),
	}
	c.groups = []groupRule{
		newIdentityRule(len(r.Rows)),
		c.municipality,
		c.tired,
		newSectionMergeRule(c.context),
	}
	c.indexAll(r.Rows, ownProblems(r.Rows, c.context))
	return c
}

// Check returns every problem of the roster, ordered by the rows' places,
// then field, then code.
func Check(r *roster.Roster) []Problem { return NewChecker(r).Problems() }

// Changed tells the checker that a cell of row changed; the row already
// holds the new value. The row is checked again as a whole, so f may be
// roster.NoField for an edit of an extra column (which can make a blank
// row non-blank), and old is not needed.
func (c *Checker) Changed(row *roster.Row, f roster.Field, old string) {
	c.learn(row)
}

// Added tells the checker that rows were put into the roster, anywhere.
// Adding a row the checker already knows checks it again.
func (c *Checker) Added(rows ...*roster.Row) {
	for _, row := range rows {
		c.learn(row)
	}
}

// Removed tells the checker that rows were taken out of the roster.
func (c *Checker) Removed(rows ...*roster.Row) {
	for _, row := range rows {
		c.forget(row.ID)
		c.hideHeld(row.ID)
	}
}

// ProtectedChanged tells the checker that a row's protected mark changed.
func (c *Checker) ProtectedChanged(row *roster.Row) { c.learn(row) }

// LeftOutChanged tells the checker that a row was left out of the upload
// file or taken back into it.
func (c *Checker) LeftOutChanged(row *roster.Row) { c.learn(row) }

// learn (re)checks one row and indexes it, or only forgets it when it is
// blank or protected.
func (c *Checker) learn(row *roster.Row) {
	c.forget(row.ID)
	c.showHeld(row)
	if !checked(row) {
		return
	}
	c.index(row, rowProblems(nil, row, c.context))
}

// index records a checked row's own problems and adds it to the group
// rules' indexes.
func (c *Checker) index(row *roster.Row, problems []Problem) {
	c.own.set(row.ID, problems)
	c.tally(problems, 1)
	for _, g := range c.groups {
		g.add(row)
	}
}

// forget drops a row's problems and takes it out of the indexes.
func (c *Checker) forget(id roster.RowID) {
	problems, ok := c.own.get(id)
	if !ok {
		return
	}
	c.tally(problems, -1)
	c.own.remove(id)
	for _, g := range c.groups {
		g.remove(id)
	}
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

// MainMunicipality returns the municipality most checked rows name (ties
// to the alphabetically first), or "" when none names one.
func (c *Checker) MainMunicipality() string { return c.municipality.main }

// Counts returns the number of errors and warnings, in O(1).
func (c *Checker) Counts() (errors, warnings int) {
	errors, warnings = c.ownErrors+c.held.errors, c.ownWarnings+c.held.warnings
	errors += len(c.roster.UnsettledMarkColumns())
	for _, g := range c.groups {
		e, w := g.counts()
		errors += e
		warnings += w
	}
	return errors, warnings
}

// RowProblems returns the problems of one row, ordered by field and code;
// nil when it has none or is not checked (blank, protected or unknown).
// A protected row has only the problems the importer found in it: why it
// is protected (see Hold).
func (c *Checker) RowProblems(id roster.RowID) []Problem {
	out := c.appendRowProblems(nil, id)
	if len(out) == 0 {
		return nil
	}
	return out
}

// appendRowProblems appends the problems of one row to dst, as
// RowProblems returns them: Problems lists every row's into one slice
// without a slice of its own per row.
func (c *Checker) appendRowProblems(dst []Problem, id roster.RowID) []Problem {
	own, ok := c.own.get(id)
	if !ok {
		return append(dst, c.heldOf(id)...)
	}
	start := len(dst)
	dst = append(dst, own...)
	dst = append(dst, c.heldOf(id)...) // a checked row's listed_as_left, note, struck text
	c.suggest(dst[start:], id)
	c.suggestTeacher(dst[start:], id)
	c.suggestMunicipality(dst[start:])
	for _, g := range c.groups {
		dst = g.problems(dst, id)
	}
	slices.SortStableFunc(dst[start:], compareProblems)
	return dst
}

// CellProblems returns the problems of one cell, ordered by code.
func (c *Checker) CellProblems(id roster.RowID, f roster.Field) []Problem {
	var out []Problem
	for _, p := range c.RowProblems(id) {
		if p.Field == f {
			out = append(out, p)
		}
	}
	return out
}

// Problems returns every problem: those of the whole file first, then
// those of the rows ordered by the rows' places in the roster, then field,
// then code. It scans the roster for the order.
func (c *Checker) Problems() []Problem {
	return c.problemsOf(c.FileProblems(), c.roster.Rows)
}

func compareProblems(a, b Problem) int {
	if a.Field != b.Field {
		return int(a.Field) - int(b.Field)
	}
	return strings.Compare(string(a.Code), string(b.Code))
}
