package check

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// CodeEmailNotName is an address that does not fit its row's name at a
// school where nearly every address is firstname.lastname: likely pasted
// into the wrong row.
const CodeEmailNotName Code = "email_not_name"

const (
	// patternRows is how many named rows with an address a school needs
	// before its addresses are said to follow a pattern.
	patternRows = 10
	// patternShare is the share, in percent, of a school's addresses that
	// must be firstname.lastname for the pattern to hold.
	patternShare = 80
)

// emailPatternRule counts per school the addresses that are exactly
// firstname.lastname (folded: å, ä → a, ö → o, é → e) and those that hold
// no part of the row's name at all. Where the pattern holds, the latter
// warn. An address shared by several rows is left to the duplicate rule.
// Every count is kept per school and per address, so an edit is O(1).
type emailPatternRule struct {
	rows    map[roster.RowID]*patternRow
	schools map[string]*patternSchool
	// addrs lists the rows of each address, to tell a shared one.
	addrs   map[string][]roster.RowID
	flagged int
}

type patternRow struct {
	school, addr  string
	exact, misfit bool
}

type patternSchool struct {
	// named counts rows with a name and an address; exact those that are
	// firstname.lastname; misfit those that fit no part of the name and
	// have an address of their own.
	named, exact, misfit int
}

// warns returns how many of the school's rows warn.
func (s *patternSchool) warns() int {
	if s.named >= patternRows && s.exact*100 >= s.named*patternShare {
		return s.misfit
	}
	return 0
}

func newEmailPatternRule(rows int) *emailPatternRule {
	return &emailPatternRule{rows: make(map[roster.RowID]*patternRow, rows),
		schools: map[string]*patternSchool{}, addrs: make(map[string][]roster.RowID, rows)}
}

// changeSchool applies edit to a school and keeps flagged in step.
func (e *emailPatternRule) changeSchool(name string, edit func(*patternSchool)) {
	s := e.schools[name]
	if s == nil {
		s = &patternSchool{}
		e.schools[name] = s
	}
	before := s.warns()
	edit(s)
	e.flagged += s.warns() - before
	if s.named == 0 {
		delete(e.schools, name)
	}
}

func (e *emailPatternRule) add(row *roster.Row) {
	domain, address := emailDomain(row)
	school := strings.ToLower(tidySpaces(strings.TrimSpace(row.Values[roster.School])))
	first, last := row.Values[roster.FirstName], row.Values[roster.LastName]
	if domain == "" || school == "" || strings.TrimSpace(first) == "" || strings.TrimSpace(last) == "" {
		return
	}
	local := strings.ToLower(address[:strings.IndexByte(address, '@')])
	p := &patternRow{school: school, addr: strings.ToLower(address),
		exact: isNameAddress(local, first, last), misfit: !holdsName(local, first, last)}
	e.rows[row.ID] = p
	others := e.addrs[p.addr]
	if len(others) == 1 {
		e.setUnique(others[0], false)
	}
	e.addrs[p.addr] = append(others, row.ID)
	e.changeSchool(school, func(s *patternSchool) {
		s.named++
		if p.exact {
			s.exact++
		}
		if p.misfit && len(others) == 0 {
			s.misfit++
		}
	})
}

func (e *emailPatternRule) remove(id roster.RowID) {
	p, ok := e.rows[id]
	if !ok {
		return
	}
	delete(e.rows, id)
	rest := deleteID(e.addrs[p.addr], id)
	if len(rest) == 0 {
		delete(e.addrs, p.addr)
	} else {
		e.addrs[p.addr] = rest
	}
	e.changeSchool(p.school, func(s *patternSchool) {
		s.named--
		if p.exact {
			s.exact--
		}
		if p.misfit && len(rest) == 0 {
			s.misfit--
		}
	})
	if len(rest) == 1 {
		e.setUnique(rest[0], true)
	}
}

// setUnique counts a row's misfit in or out of its school as its address
// becomes its own or shared.
func (e *emailPatternRule) setUnique(id roster.RowID, unique bool) {
	p := e.rows[id]
	if !p.misfit {
		return
	}
	e.changeSchool(p.school, func(s *patternSchool) {
		if unique {
			s.misfit++
		} else {
			s.misfit--
		}
	})
}

func deleteID(ids []roster.RowID, id roster.RowID) []roster.RowID {
	for i, x := range ids {
		if x == id {
			return append(ids[:i], ids[i+1:]...)
		}
	}
	return ids
}

// warned reports whether a row's address warns.
func (e *emailPatternRule) warned(id roster.RowID) bool {
	p, ok := e.rows[id]
	return ok && p.misfit && len(e.addrs[p.addr]) == 1 && e.schools[p.school].warns() > 0
}

func (e *emailPatternRule) problems(dst []Problem, id roster.RowID) []Problem {
	if !e.warned(id) {
		return dst
	}
	return append(dst, Problem{Row: id, Field: roster.Email, Severity: Warning, Code: CodeEmailNotName,
		Message: i18n.T("nearly every address at this school is firstname.lastname, but this one holds no part of the row's name: was it pasted into the wrong row?")})
}

func (e *emailPatternRule) counts() (errors, warnings int) { return 0, e.flagged }

func (e *emailPatternRule) severity(id roster.RowID, f roster.Field) (Severity, bool) {
	return Warning, f == roster.Email && e.warned(id)
}

// foldName writes a name as addresses do: small ASCII letters, å and ä as
// a, ö as o, é as e, without spaces, hyphens or apostrophes.
func foldName(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch r {
		case ' ', '-', '\'', '’', '\t':
			continue
		case 'å', 'ä', 'á', 'à':
			r = 'a'
		case 'ö', 'ø', 'ó':
			r = 'o'
		case 'é', 'è', 'ë':
			r = 'e'
		case 'ü':
			r = 'u'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// trimLocal drops the digits at the end of an address's name
// (anna.berg2 is anna.berg's namesake) and its hyphens.
func trimLocal(local string) string {
	local = strings.TrimRight(local, "0123456789")
	return strings.ReplaceAll(local, "-", "")
}

// isNameAddress reports whether local is firstname.lastname, where either
// name may also be only its first (first name) or last (surname) word.
func isNameAddress(local, first, last string) bool {
	local = trimLocal(local)
	firsts := []string{foldName(first)}
	if w := strings.Fields(first); len(w) > 1 {
		firsts = append(firsts, foldName(w[0]))
	}
	lasts := []string{foldName(last)}
	if w := strings.Fields(last); len(w) > 1 {
		lasts = append(lasts, foldName(w[len(w)-1]))
	}
	for _, f := range firsts {
		for _, l := range lasts {
			if local == f+"."+l {
				return true
			}
		}
	}
	return false
}

// altLetters writes å, ä and ö as some mail systems do.
var altLetters = strings.NewReplacer("å", "aa", "ä", "ae", "ö", "oe")

// holdsName reports whether local holds any word (of two letters or
// more) of the first or last name, folded as addresses are, or with
// å, ä, ö written aa, ae, oe.
func holdsName(local, first, last string) bool {
	local = trimLocal(local)
	for _, w := range strings.FieldsFunc(first+" "+last, func(r rune) bool { return r == ' ' || r == '-' || r == '\t' }) {
		w = strings.ToLower(w)
		for _, f := range [...]string{foldName(w), foldName(altLetters.Replace(w))} {
			if len(f) >= 2 && strings.Contains(local, f) {
				return true
			}
		}
	}
	return false
}
