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
	// keys numbers the groups, by school and name in small letters. A
	// group that has only ever had one row, nearly every group of a
	// large list, is that row in lone, by the group's id: a million
	// groups are then a few slices without a pointer, not a map of a
	// million strings for the collector to follow. shared holds the
	// groups that have had two rows or more, as long as they have one.
	keys   keyTable
	lone   []roster.RowID
	shared map[uint32]*nameGroup
	// email returns the address a counted row was counted under, to
	// start the group of a lone row when a second row joins it.
	email   func(roster.RowID) string
	flagged int
}

// nameKey is a group id plus one as the tired-eye records hold it: 0
// for a row not counted.
type nameKey uint32

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
	var buf [64]byte
	return string(appendLowerJoin(buf[:0], parts...))
}

// appendLowerJoin appends lowerJoin(parts...) to dst.
func appendLowerJoin(dst []byte, parts ...string) []byte {
	for i, p := range parts {
		if i > 0 {
			dst = append(dst, 0)
		}
		for j := 0; j < len(p); {
			if c := p[j]; c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				dst = append(dst, c)
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(p[j:])
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
			j += size
		}
	}
	return dst
}

// nameKeys are the same-name rule's groups of a run of rows, as add
// works them out ("" for a row not counted), cut from one string: a key
// of its own for each row is a hundred thousand small allocations for a
// large list. A key outlives the others only while its row is
// unchanged, so the string is kept for no more than the rows it serves.
type nameKeys struct {
	all  string
	ends []int32 // where each row's key ends in all
}

// sameNameKeys returns the groups of the rows of facts.
func sameNameKeys(facts []rowFacts) nameKeys {
	n := 0
	for i := range facts {
		if f := &facts[i]; sameNameCounts(f) {
			n += len(f.school) + len(f.first) + len(f.last) + 2
		}
	}
	var b strings.Builder
	b.Grow(n)
	var buf [64]byte
	ends := make([]int32, len(facts))
	for i := range facts {
		if f := &facts[i]; sameNameCounts(f) {
			b.Write(appendLowerJoin(buf[:0], f.school, f.first, f.last))
		}
		ends[i] = int32(b.Len())
	}
	return nameKeys{all: b.String(), ends: ends}
}

// at returns the group of row i.
func (k nameKeys) at(i int) string {
	start := int32(0)
	if i > 0 {
		start = k.ends[i-1]
	}
	return k.all[start:k.ends[i]]
}

// sameNameCounts reports whether the rule counts a row: one with a
// school, both names, and an address that holds a part of the name.
func sameNameCounts(f *rowFacts) bool {
	return f.school != "" && f.first != "" && f.last != "" && f.holds
}

// newSameNameRule makes the rule for about rows rows: nearly every row
// is a group of its own, so keys is sized for them all up front, not
// grown (and copied) a dozen times while a large list is checked.
// email returns the address a counted row was counted under.
func newSameNameRule(rows int, email func(roster.RowID) string) *sameNameRule {
	return &sameNameRule{keys: newKeyTable(rows), lone: make([]roster.RowID, 0, rows),
		shared: map[uint32]*nameGroup{}, email: email}
}

// sameNameKey returns the group the rule counts a row in: the school and
// the name in small letters; "" when any of them is empty or the
// address holds no part of the name.
func sameNameKey(f *rowFacts) string {
	if !sameNameCounts(f) {
		return ""
	}
	return lowerJoin(f.school, f.first, f.last)
}

// add counts row id under its address f.lower and returns the group it
// was counted in (sameNameKey), 0 for none.
func (s *sameNameRule) add(id roster.RowID, f *rowFacts) nameKey {
	return s.addKey(id, sameNameKey(f), f.lower)
}

// addKey counts row id under its address email in group k, its
// sameNameKeys key, and returns the group; a row of key "" is not
// counted.
func (s *sameNameRule) addKey(id roster.RowID, k, email string) nameKey {
	if k == "" {
		return 0
	}
	kid, added := s.keys.insert(k)
	if added {
		if int(kid) == len(s.lone) {
			s.lone = append(s.lone, 0)
		}
		s.lone[kid] = id
		return nameKey(kid + 1)
	}
	g := s.shared[kid]
	if g == nil {
		g = &nameGroup{rows: 1, email: s.email(s.lone[kid])}
		s.shared[kid] = g
	}
	before := g.flagged()
	g.add(email)
	s.flagged += g.flagged() - before
	return nameKey(kid + 1)
}

// remove uncounts a row counted in group k under the address email.
func (s *sameNameRule) remove(k nameKey, email string) {
	if k == 0 {
		return
	}
	kid := uint32(k - 1)
	if g := s.shared[kid]; g != nil {
		before := g.flagged()
		g.remove(email)
		s.flagged += g.flagged() - before
		if g.rows > 0 {
			return
		}
		delete(s.shared, kid)
	}
	s.keys.release(kid)
}

// warned reports whether a row counted in group k warns.
func (s *sameNameRule) warned(k nameKey) bool {
	if k == 0 {
		return false
	}
	g := s.shared[uint32(k-1)]
	return g != nil && g.flagged() > 0
}

// problems appends the warning on a row counted in group k.
func (s *sameNameRule) problems(dst []Problem, id roster.RowID, k nameKey) []Problem {
	if !s.warned(k) {
		return dst
	}
	return append(dst, Problem{Row: id, Field: roster.FirstName, Severity: CodeSameName.Severity(), Code: CodeSameName,
		Message: i18n.T("the same name is on %d rows of this school, with different addresses: is it one person twice?", s.shared[uint32(k-1)].rows)})
}
