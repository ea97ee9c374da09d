package check

import "rosterdesk/internal/roster"

// problem is the problem of a row whose municipality k is not the main
// one. A slip of the main one's spelling (Boras for Borås) is a spelling
// variant, like a stray spelling of a school or email domain, so that one
// "Fix all" of that kind makes the list consistent; any other
// municipality is a mixed one, which only the user can settle.
func (m *municipalityRule) problem(id roster.RowID, k string) Problem {
	if !slip(k, m.main) {
		return mixedMunicipalityProblem(id, m.main)
	}
	p := mixedMunicipalityProblem(id, m.main)
	p.Code, p.Severity, p.Message = CodeSpellingVariant, CodeSpellingVariant.Severity(), spellMessage(m.main, m.index.groups[m.main].len())
	return p
}
