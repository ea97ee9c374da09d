package check

import (
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// problem is the problem of a row whose municipality k is not the main
// one. A slip of the main one's spelling (Boras for Borås) is a spelling
// variant, like a stray spelling of a school or email domain, so that one
// "Fix all" of that kind makes the list consistent; any other
// municipality is a mixed one, which only the user can settle. When as
// many rows name k as the main one, the main one is only the first in
// the alphabet: the message says it is a tie and names both, and no fix
// picks one for the user.
func (m *municipalityRule) problem(id roster.RowID, k string) Problem {
	if n := m.index.rowsOf(m.main); n == m.index.rowsOf(k) {
		p := m.problemOf(id, k)
		p.Message = i18n.T("one file holds one municipality, but as many rows say %q as %q (%d each): which one is it?", k, m.main, n)
		p.Fix = nil
		return p
	}
	return m.problemOf(id, k)
}

// problemOf is problem where the main municipality has the most rows.
func (m *municipalityRule) problemOf(id roster.RowID, k string) Problem {
	if !slip(k, m.main) {
		return mixedMunicipalityProblem(id, m.main)
	}
	p := mixedMunicipalityProblem(id, m.main)
	p.Code, p.Severity, p.Message = CodeSpellingVariant, CodeSpellingVariant.Severity(), spellMessage(m.main, m.index.rowsOf(m.main))
	return p
}
