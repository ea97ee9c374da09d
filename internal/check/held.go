package check

import (
	"slices"

	"rosterdesk/internal/roster"
)

// held keeps the problems the importer found and the checker lists with
// its own: those of a row while the row is protected (they say why it
// is), and those of the whole file (Row 0), such as a column no one has
// said the meaning of.
type held struct {
	rows map[roster.RowID][]Problem
	// shown says which rows' held problems are listed now: those of the
	// protected rows that are in the roster.
	shown map[roster.RowID]bool
	file  []Problem
	// errors and warnings count the listed held problems.
	errors, warnings int
}

// Hold adds problems found outside the rules (by the importer) to the
// checker's list: a problem with a row is listed while that row is in the
// roster and protected; one with Row 0 is about the whole file.
func (c *Checker) Hold(problems ...Problem) {
	h := &c.held
	if h.rows == nil {
		h.rows, h.shown = make(map[roster.RowID][]Problem), make(map[roster.RowID]bool)
	}
	var rows []roster.RowID
	for _, p := range problems {
		if p.Row == 0 {
			h.file = append(h.file, p)
			h.count(p, 1)
			continue
		}
		if c.held.shown[p.Row] {
			h.count(p, 1)
		} else if _, ok := h.rows[p.Row]; !ok {
			rows = append(rows, p.Row)
		}
		h.rows[p.Row] = append(h.rows[p.Row], p)
	}
	if len(rows) > 0 {
		in := make(map[roster.RowID]bool, len(rows))
		for _, id := range rows {
			in[id] = true
		}
		for _, row := range c.roster.Rows {
			if in[row.ID] {
				c.showHeld(row)
			}
		}
	}
}

// FileProblems returns the problems of the whole file, not of a row:
// those held, and a column that sounds like a protected-identity mark of
// which no one has said what it holds.
func (c *Checker) FileProblems() []Problem {
	out := slices.Clone(c.held.file)
	for _, i := range c.roster.UnsettledMarkColumns() {
		out = append(out, markColumnProblem(c.roster.ExtraColumns[i]))
	}
	return out
}

// showHeld lists row's held problems when it is protected and hides them
// when it is not; a row's listed_as_left warning is listed instead while
// the row is exported, as leaving it out settles it.
func (c *Checker) showHeld(row *roster.Row) {
	h := &c.held
	problems, ok := h.rows[row.ID]
	if !ok {
		return
	}
	show := row.Protected
	if slices.ContainsFunc(problems, func(p Problem) bool { return p.Code == CodeListedAsLeft }) {
		show = row.Exported()
	}
	if h.shown[row.ID] == show {
		return
	}
	sign := 1
	if !show {
		sign = -1
	}
	for _, p := range problems {
		h.count(p, sign)
	}
	h.shown[row.ID] = show
}

// hideHeld stops listing the held problems of a row taken out of the
// roster; they come back if the row does (an undo).
func (c *Checker) hideHeld(id roster.RowID) {
	h := &c.held
	if !h.shown[id] {
		return
	}
	for _, p := range h.rows[id] {
		h.count(p, -1)
	}
	h.shown[id] = false
}

// heldOf returns the listed held problems of a row.
func (c *Checker) heldOf(id roster.RowID) []Problem {
	if !c.held.shown[id] {
		return nil
	}
	return c.held.rows[id]
}

func (h *held) count(p Problem, sign int) {
	if p.Severity == Error {
		h.errors += sign
	} else {
		h.warnings += sign
	}
}

// HeldProblems returns every problem Hold was given, listed now or not:
// those of the whole file, then those of the rows by row id, each row's
// in the order held. A document's recovery file keeps them, to hold them
// again in the document it restores.
func (c *Checker) HeldProblems() []Problem {
	out := slices.Clone(c.held.file)
	ids := make([]roster.RowID, 0, len(c.held.rows))
	for id := range c.held.rows {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		out = append(out, c.held.rows[id]...)
	}
	return out
}
