package check

import (
	"sync"

	"rosterdesk/internal/i18n"
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

// newDuplicateRule makes the rule with room for about rows rows, each
// with a key.
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

// municipalityRule flags rows that name another municipality than the
// file's main one (roster.MainMunicipality over the checked rows): an
// error, as the file's name carries one municipality, or a spelling
// variant where the other is a slip of the main one's spelling.
type municipalityRule struct {
	index *groupIndex
	// main is the main municipality, kept up to date on every add and
	// remove.
	main string

	// mu guards what is known of the spelling variants, which counts and
	// severity work out while other goroutines may ask too.
	mu sync.Mutex
	// slips counts the rows whose municipality is a slip of main's
	// spelling, and slipOf says of each municipality looked at whether it
	// is one; both valid only when slipsKnown. A new main makes them
	// unknown, and they are worked out again over the municipalities
	// (few) when next asked for, so that loading a list never does so
	// per row, and drawing a cell allocates nothing.
	slips      int
	slipOf     map[string]bool
	slipsKnown bool
}

// maxMunicipalityKeys bounds the municipality values whose key a rule
// remembers: a list names few, and a damaged one should not fill memory.
const maxMunicipalityKeys = 1024

// newMunicipalityRule returns the rule, which keys each row by the
// municipality its value stands for (municipalityKey: "Ale kommun" and
// its code 1440 are Ale), remembering the key of each value seen.
func newMunicipalityRule(rows int) *municipalityRule {
	keys := make(map[string]string)
	return &municipalityRule{index: newGroupIndex(func(row *roster.Row) string {
		v := row.Values[roster.Municipality]
		if k, ok := keys[v]; ok {
			return k
		}
		k := municipalityKey(v)
		if len(keys) < maxMunicipalityKeys {
			keys[v] = k
		}
		return k
	}, rows, 0)}
}

// add counts the row's municipality. Only that municipality's count grows,
// so it either overtakes the main one or nothing changes: O(1).
func (m *municipalityRule) add(row *roster.Row) {
	k := m.index.add(row)
	if k == "" || k == m.main {
		return
	}
	n, best := m.index.rowsOf(k), m.index.rowsOf(m.main)
	if m.main == "" || n > best || (n == best && k < m.main) {
		m.setMain(k)
		return
	}
	m.countSlip(k, 1)
}

// setMain makes k the main municipality; the spelling variants are
// counted again when next asked for.
func (m *municipalityRule) setMain(k string) {
	if k == m.main {
		return
	}
	m.main = k
	m.mu.Lock()
	m.slipsKnown = false
	m.mu.Unlock()
}

// countSlip adds sign to the count of spelling variants when the count is
// known and k, not the main municipality, is a slip of its spelling.
func (m *municipalityRule) countSlip(k string, sign int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.slipsKnown && m.isSlipLocked(k) {
		m.slips += sign
	}
}

// isSlip reports whether municipality k is a slip of the main one's
// spelling (Boras for Borås), not another municipality.
func (m *municipalityRule) isSlip(k string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.knowSlipsLocked()
	return m.isSlipLocked(k)
}

// isSlipLocked is isSlip with m.mu held, remembering the answer.
func (m *municipalityRule) isSlipLocked(k string) bool {
	if k == m.main {
		return false
	}
	v, ok := m.slipOf[k]
	if !ok {
		v = slip(k, m.main)
		if m.slipOf == nil {
			m.slipOf = make(map[string]bool)
		}
		m.slipOf[k] = v
	}
	return v
}

// knowSlipsLocked works out the spelling variants again if a new main
// municipality made them unknown; m.mu is held.
func (m *municipalityRule) knowSlipsLocked() {
	if m.slipsKnown {
		return
	}
	clear(m.slipOf)
	m.slips = 0
	m.slipsKnown = true
	for k, n := range m.index.counts {
		if m.isSlipLocked(k) {
			m.slips += n
		}
	}
}

// slip reports whether municipality k is a slip of main's spelling.
func slip(k, main string) bool {
	return nearSpelling(foldSpelling(k), foldSpelling(main))
}

// remove uncounts the row's municipality. Only when the main one shrinks
// may another overtake it; then the main is picked again, in time
// proportional to the number of different municipalities, which a
// roster has few of.
func (m *municipalityRule) remove(id roster.RowID) {
	k := m.index.remove(id)
	switch {
	case k == "":
	case k == m.main:
		m.setMain(roster.MainMunicipality(m.index.counts))
	default:
		m.countSlip(k, -1)
	}
}

func (m *municipalityRule) problems(dst []Problem, id roster.RowID) []Problem {
	if k, ok := m.index.keyAt(id); ok && k != m.main {
		dst = append(dst, m.problem(id, k))
	}
	return dst
}

func (m *municipalityRule) counts() (errors, warnings int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.knowSlipsLocked()
	others := m.index.indexed() - m.index.rowsOf(m.main)
	return others - m.slips, m.slips
}

// mixedMunicipalityProblem is the error on a row whose municipality is
// not main.
func mixedMunicipalityProblem(id roster.RowID, main string) Problem {
	return Problem{Row: id, Field: roster.Municipality, Severity: CodeMunicipalityMixed.Severity(), Code: CodeMunicipalityMixed,
		Message: i18n.T("one file holds one municipality, and most rows say %q", main),
		Fix:     &Fix{Label: i18n.T("Change to %q", main), Value: main}}
}
