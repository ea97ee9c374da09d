package check

import "rosterdesk/internal/roster"

// severityRule is a group rule that can tell a cell's worst problem
// without building its problems (messages allocate). The grid asks this
// for every cell it draws, so the rules that apply to most rows answer it
// without allocating; a rule that does not is asked for its problems.
type severityRule interface {
	// severity returns the worst problem the rule finds on field f of an
	// indexed row, counting whole-row problems; ok is false when none.
	severity(id roster.RowID, f roster.Field) (worst Severity, ok bool)
}

// CellSeverity returns the worst problem of a cell, where a whole-row
// problem counts for every cell of its row; ok is false when the cell has
// none. It allocates nothing for the built-in rules, so drawing a cell
// costs no garbage.
func (c *Checker) CellSeverity(id roster.RowID, f roster.Field) (worst Severity, ok bool) {
	worst = Warning
	own, checked := c.own.get(id)
	if !checked {
		for _, p := range c.heldOf(id) {
			if p.Field == f || p.Field == roster.NoField {
				ok = true
				worst = min(worst, p.Severity)
			}
		}
		return worst, ok
	}
	note := func(s Severity) {
		ok = true
		if s == Error {
			worst = Error
		}
	}
	for i := range own {
		if p := &own[i]; p.Field == f || p.Field == roster.NoField {
			note(p.Severity)
		}
	}
	for _, g := range c.groups {
		if worst == Error {
			break
		}
		if s, fast := g.(severityRule); fast {
			if sev, has := s.severity(id, f); has {
				note(sev)
			}
			continue
		}
		c.scratch = g.problems(c.scratch[:0], id)
		for i := range c.scratch {
			if p := &c.scratch[i]; p.Field == f || p.Field == roster.NoField {
				note(p.Severity)
			}
		}
	}
	return worst, ok
}

func (d *duplicateRule) severity(id roster.RowID, f roster.Field) (Severity, bool) {
	return d.code.Severity(), f == d.field && d.index.size(id) > 1
}

func (m *municipalityRule) severity(id roster.RowID, f roster.Field) (Severity, bool) {
	if f != roster.Municipality {
		return Warning, false
	}
	k, indexed := m.index.keyAt(id)
	if !indexed || k == m.main {
		return Warning, false
	}
	if m.isSlip(k) {
		return CodeSpellingVariant.Severity(), true
	}
	return CodeMunicipalityMixed.Severity(), true
}
