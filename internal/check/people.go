package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// sameNameRule groups the rows by school and name, without case but with
// å, ä and ö kept (Öberg and Oberg are two families), counting only rows
// whose address holds a part of the name: two namesakes with unrelated
// addresses are two people. A group is flagged, every row of it, when its rows
// have at least two different addresses: then each row's address differs
// from another's. Each group counts its addresses, so an edit costs O(1).
type sameNameRule struct {
	// lone holds the groups of one row, nearly all of them, each with
	// that row's address: a million rows have about a million groups,
	// and an entry of two strings is a third smaller than one with the
	// counts. shared holds the groups of two rows or more.
	lone    map[string]string
	shared  map[string]*nameGroup
	flagged int
}

// nameGroup counts the rows of one name in one school. Nearly every
// group has one row, so the addresses get a map only when a second one
// turns up.
type nameGroup struct {
	rows int
	// email is the address of every row while emails is nil.
	email  string
	emails map[string]int
}

// flagged returns how many of the group's rows warn.
func (g *nameGroup) flagged() int {
	if len(g.emails) >= 2 {
		return g.rows
	}
	return 0
}

func (g *nameGroup) add(email string) {
	switch {
	case g.emails != nil:
		g.emails[email]++
	case g.rows == 0 || g.email == email:
		g.email = email
	default:
		g.emails = map[string]int{g.email: g.rows, email: 1}
	}
	g.rows++
}

func (g *nameGroup) remove(email string) {
	g.rows--
	if g.emails == nil {
		return
	}
	if g.emails[email]--; g.emails[email] == 0 {
		delete(g.emails, email)
	}
	if len(g.emails) == 1 {
		for e := range g.emails {
			g.email = e
		}
		g.emails = nil
	}
}

// lowerJoin joins parts with NUL bytes in small letters, allocating once:
// strings.ToLower(strings.Join(parts, "\x00")), ASCII byte by byte.
func lowerJoin(parts ...string) string {
	n := len(parts)
	for _, p := range parts {
		n += len(p)
	}
	var b strings.Builder
	b.Grow(n)
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(0)
		}
		for j := 0; j < len(p); {
			if c := p[j]; c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(p[j:])
			b.WriteRune(unicode.ToLower(r))
			j += size
		}
	}
	return b.String()
}

// newSameNameRule makes the rule for about rows rows: nearly every row
// is a group of its own, so lone is sized for them all up front, not
// grown (and copied) a dozen times while a large list is checked.
func newSameNameRule(rows int) *sameNameRule {
	return &sameNameRule{lone: make(map[string]string, rows), shared: map[string]*nameGroup{}}
}

// add counts a row under its address f.lower and returns the group it
// was counted in: the school and the name in small letters. The group is
// "", and the row not counted, when any of them is empty or the address
// holds no part of the name.
func (s *sameNameRule) add(f *rowFacts) string {
	if f.school == "" || f.first == "" || f.last == "" || !f.holds {
		return ""
	}
	k := lowerJoin(f.school, f.first, f.last)
	g := s.shared[k]
	if g == nil {
		email, ok := s.lone[k]
		if !ok {
			s.lone[k] = f.lower
			return k
		}
		delete(s.lone, k)
		g = &nameGroup{rows: 1, email: email}
		s.shared[k] = g
	}
	before := g.flagged()
	g.add(f.lower)
	s.flagged += g.flagged() - before
	return k
}

// remove uncounts a row counted in group k under the address email.
func (s *sameNameRule) remove(k, email string) {
	g := s.shared[k]
	if g == nil {
		delete(s.lone, k)
		return
	}
	before := g.flagged()
	g.remove(email)
	s.flagged += g.flagged() - before
	if g.rows == 1 {
		// One row is left, with the one address left (emails is nil).
		delete(s.shared, k)
		s.lone[k] = g.email
	}
}

// warned reports whether a row counted in group k warns.
func (s *sameNameRule) warned(k string) bool {
	if k == "" {
		return false
	}
	g := s.shared[k]
	return g != nil && g.flagged() > 0
}

// problems appends the warning on a row counted in group k.
func (s *sameNameRule) problems(dst []Problem, id roster.RowID, k string) []Problem {
	if !s.warned(k) {
		return dst
	}
	return append(dst, Problem{Row: id, Field: roster.FirstName, Severity: CodeSameName.Severity(), Code: CodeSameName,
		Message: i18n.T("the same name is on %d rows of this school, with different addresses: is it one person twice?", s.shared[k].rows)})
}
