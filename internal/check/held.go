package check

import (
	"slices"

	"rosterdesk/internal/roster"
)

// held keeps the problems the importer found and the checker lists with
// its own: those of a row while the row is protected (they say why it
// is), or, for what the file says of a row that is sent (whileExported),
// while the row is exported; and those of the whole file (Row 0), such as
// a column no one has said the meaning of.
type held struct {
	rows map[roster.RowID][]Problem
	// state is what each row with held problems was when last seen: the
	// listed problems are those its state shows.
	state map[roster.RowID]heldState
	file  []Problem
	// errors and warnings count the listed held problems.
	errors, warnings int
}

// heldState is a row's state as far as its held problems go: in the
// roster, protected, exported.
type heldState struct{ in, protected, exported bool }

// whileExported are the codes of held problems that are listed while
// their row is exported (leaving it out, or its protection, settles
// them): a leavers' sheet's listing, a note, text struck through.
var whileExported = map[Code]bool{CodeListedAsLeft: true, CodeRowNote: true, CodeRowStruck: true}

// shows reports whether a row in state s lists its held problem p.
func (s heldState) shows(p Problem) bool {
	switch {
	case !s.in:
		return false
	case whileExported[p.Code]:
		return s.exported
	}
	return s.protected
}

// Hold adds problems found outside the rules (by the importer) to the
// checker's list: a problem with a row is listed while that row is in the
// roster and protected (or exported, for whileExported); one with Row 0
// is about the whole file.
func (c *Checker) Hold(problems ...Problem) {
	h := &c.held
	if h.rows == nil {
		h.rows, h.state = make(map[roster.RowID][]Problem), make(map[roster.RowID]heldState)
	}
	var rows []roster.RowID
	for _, p := range problems {
		if p.Row == 0 {
			h.file = append(h.file, p)
			h.count(p, 1)
			continue
		}
		if st, ok := h.state[p.Row]; ok {
			if st.shows(p) {
				h.count(p, 1)
			}
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

// showHeld lists each of row's held problems that its state now shows
// (see heldState.shows) and stops listing the others.
func (c *Checker) showHeld(row *roster.Row) {
	if _, ok := c.held.rows[row.ID]; !ok {
		return
	}
	c.held.setState(row.ID, heldState{in: true, protected: row.Protected, exported: row.Exported()})
}

// hideHeld stops listing the held problems of a row taken out of the
// roster; they come back if the row does (an undo).
func (c *Checker) hideHeld(id roster.RowID) {
	if _, ok := c.held.state[id]; !ok {
		return
	}
	c.held.setState(id, heldState{})
}

// setState moves the row id to state now, counting the held problems it
// lists and no longer lists.
func (h *held) setState(id roster.RowID, now heldState) {
	was := h.state[id]
	if was == now {
		return
	}
	for _, p := range h.rows[id] {
		if was.shows(p) {
			h.count(p, -1)
		}
		if now.shows(p) {
			h.count(p, 1)
		}
	}
	h.state[id] = now
}

// heldOf returns the listed held problems of a row.
func (c *Checker) heldOf(id roster.RowID) []Problem {
	st, ok := c.held.state[id]
	if !ok {
		return nil
	}
	problems := c.held.rows[id]
	all := true
	for _, p := range problems {
		all = all && st.shows(p)
	}
	if all {
		return problems
	}
	var out []Problem
	for _, p := range problems {
		if st.shows(p) {
			out = append(out, p)
		}
	}
	return out
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
