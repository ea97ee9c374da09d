package check

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// CodeSameName is the same first and last name on several rows of one
// school with different addresses that both fit the name (anna.berg and
// anna.berg2): possibly one person given two accounts. (One address with
// two names is already a duplicate address.)
const CodeSameName Code = "same_name"

// sameNameRule groups the rows by school and name, without case but with
// å, ä and ö kept (Öberg and Oberg are two families), counting only rows
// whose address holds a part of the name: two namesakes with unrelated
// addresses are two people. A group is flagged, every row of it, when its rows
// have at least two different addresses: then each row's address differs
// from another's. Each group counts its addresses, so an edit costs O(1).
type sameNameRule struct {
	keyOf   map[roster.RowID]nameKey
	groups  map[string]*nameGroup
	flagged int
}

type nameKey struct{ group, email string }

type nameGroup struct {
	rows   int
	emails map[string]int
}

// flagged returns how many of the group's rows warn.
func (g *nameGroup) flagged() int {
	if len(g.emails) >= 2 {
		return g.rows
	}
	return 0
}

func newSameNameRule(rows int) *sameNameRule {
	return &sameNameRule{keyOf: make(map[roster.RowID]nameKey, rows), groups: map[string]*nameGroup{}}
}

// personKey is the school and the name of a row in small letters, or ""
// when any of them is empty or the address does not fit the name.
func personKey(row *roster.Row) string {
	lower := func(f roster.Field) string { return strings.ToLower(tidySpaces(strings.TrimSpace(row.Values[f]))) }
	school, first, last := lower(roster.School), lower(roster.FirstName), lower(roster.LastName)
	if school == "" || first == "" || last == "" {
		return ""
	}
	domain, address := emailDomain(row)
	if domain == "" || !holdsName(strings.ToLower(address[:strings.IndexByte(address, '@')]), first, last) {
		return ""
	}
	return school + "\x00" + first + "\x00" + last
}

func (s *sameNameRule) add(row *roster.Row) {
	k := personKey(row)
	if k == "" {
		return
	}
	email := emailKey(row.Values[roster.Email])
	s.keyOf[row.ID] = nameKey{k, email}
	g := s.groups[k]
	if g == nil {
		g = &nameGroup{emails: map[string]int{}}
		s.groups[k] = g
	}
	before := g.flagged()
	g.rows++
	g.emails[email]++
	s.flagged += g.flagged() - before
}

func (s *sameNameRule) remove(id roster.RowID) {
	k, ok := s.keyOf[id]
	if !ok {
		return
	}
	delete(s.keyOf, id)
	g := s.groups[k.group]
	before := g.flagged()
	g.rows--
	if g.emails[k.email]--; g.emails[k.email] == 0 {
		delete(g.emails, k.email)
	}
	s.flagged += g.flagged() - before
	if g.rows == 0 {
		delete(s.groups, k.group)
	}
}

func (s *sameNameRule) problems(dst []Problem, id roster.RowID) []Problem {
	k, ok := s.keyOf[id]
	if !ok || s.groups[k.group].flagged() == 0 {
		return dst
	}
	return append(dst, Problem{Row: id, Field: roster.FirstName, Severity: Warning, Code: CodeSameName,
		Message: i18n.T("the same name is on %d rows of this school, with different addresses: is it one person twice?", s.groups[k.group].rows)})
}

func (s *sameNameRule) counts() (errors, warnings int) { return 0, s.flagged }

func (s *sameNameRule) severity(id roster.RowID, f roster.Field) (Severity, bool) {
	if f != roster.FirstName {
		return Warning, false
	}
	k, ok := s.keyOf[id]
	return Warning, ok && s.groups[k.group].flagged() > 0
}
