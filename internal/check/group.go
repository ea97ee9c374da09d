package check

import (
	"rosterdesk/internal/i18n"
	"strings"

	"rosterdesk/internal/roster"
)

// groupRule is a rule about rows that share a value: its problems on a row
// depend on other rows. The checker tells every group rule about each
// checked row it learns or forgets, and asks it for a row's problems when
// they are queried, so that a change of one row never re-checks the
// others. A new rule of this kind (a school spelt two ways, a name twice
// in a school) is one more groupRule in Checker.groups.
type groupRule interface {
	// add indexes a checked row under its current values.
	add(row *roster.Row)
	// remove forgets a row, whatever its values are now.
	remove(id roster.RowID)
	// problems appends the rule's problems on an indexed row. It only
	// reads the index: Problems calls it from several goroutines at once.
	problems(dst []Problem, id roster.RowID) []Problem
	// counts returns the number of errors and warnings the rule finds in
	// the whole roster, in O(1).
	counts() (errors, warnings int)
}

// duplicateRule flags every row of a group of two or more rows with the
// same key.
type duplicateRule struct {
	index *groupIndex
	field roster.Field
	code  Code
	// what names the shared value in messages ("address", "SSO id").
	what i18n.Text
}

func newDuplicateRule(field roster.Field, code Code, what i18n.Text, key func(string) string, rows int) *duplicateRule {
	return &duplicateRule{
		index: newGroupIndex(func(row *roster.Row) string { return key(row.Values[field]) }, rows, rows),
		field: field, code: code, what: what,
	}
}

func (d *duplicateRule) add(row *roster.Row)    { d.index.add(row) }
func (d *duplicateRule) remove(id roster.RowID) { d.index.remove(id) }

func (d *duplicateRule) problems(dst []Problem, id roster.RowID) []Problem {
	if n := d.index.size(id); n > 1 {
		dst = append(dst, duplicateProblem(id, d.field, d.code, d.what, n))
	}
	return dst
}

func (d *duplicateRule) counts() (errors, warnings int) { return d.index.shared, 0 }

// duplicateProblem is the error on each of n rows sharing a value.
func duplicateProblem(id roster.RowID, f roster.Field, code Code, what i18n.Text, n int) Problem {
	return Problem{Row: id, Field: f, Severity: code.Severity(), Code: code,
		Message: i18n.T("the same %s is on %d rows; each person needs their own", what, n)}
}

// municipalityRule warns on rows that name another municipality than the
// file's main one (roster.MainMunicipality over the checked rows).
type municipalityRule struct {
	index *groupIndex
	// main is the main municipality, kept up to date on every add and
	// remove.
	main string
}

func newMunicipalityRule(rows int) *municipalityRule {
	return &municipalityRule{index: newGroupIndex(func(row *roster.Row) string {
		return strings.TrimSpace(row.Values[roster.Municipality])
	}, rows, 0)}
}

// add counts the row's municipality. Only that municipality's count grows,
// so it either overtakes the main one or nothing changes: O(1).
func (m *municipalityRule) add(row *roster.Row) {
	k := m.index.add(row)
	if k == "" || k == m.main {
		return
	}
	n, best := m.index.groups[k].len(), m.index.groups[m.main].len()
	if m.main == "" || n > best || (n == best && k < m.main) {
		m.main = k
	}
}

// remove uncounts the row's municipality. Only when the main one shrinks
// may another overtake it; then the main is picked again, in time
// proportional to the number of different municipalities, which a
// roster has few of.
func (m *municipalityRule) remove(id roster.RowID) {
	if k := m.index.remove(id); k != "" && k == m.main {
		m.main = roster.MainMunicipality(m.index.counts)
	}
}

func (m *municipalityRule) problems(dst []Problem, id roster.RowID) []Problem {
	if k, ok := m.index.keyOf[id]; ok && k != m.main {
		dst = append(dst, m.problem(id, k))
	}
	return dst
}

func (m *municipalityRule) counts() (errors, warnings int) {
	return 0, len(m.index.keyOf) - m.index.groups[m.main].len()
}

// mixedMunicipalityProblem is the warning on a row whose municipality is
// not main.
func mixedMunicipalityProblem(id roster.RowID, main string) Problem {
	return Problem{Row: id, Field: roster.Municipality, Severity: CodeMunicipalityMixed.Severity(), Code: CodeMunicipalityMixed,
		Message: i18n.T("one file holds one municipality, and most rows say %q", main),
		Fix:     &Fix{Label: i18n.T("Change to %q", main), Value: main}}
}
