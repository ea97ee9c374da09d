package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

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
	// row finds the record of an indexed row and its school as written,
	// to count a row in or out when another row takes or gives up its
	// address.
	row     func(roster.RowID) (*patternRow, string)
	schools map[string]*patternSchool
	// addrs lists the rows of each address, to tell a shared one.
	addrs   addrRows
	flagged int
	// lower holds each school as written in small letters, so that the
	// rows of a school share one string, and a row's record need not
	// hold it: it is found from the school as written.
	lower map[string]string
}

// patternRow is how a row was counted: whether it was, and as what. The
// school and the address it was counted under are the tired-eye
// record's, passed beside it (the school as written, which lower turns
// into the school counted).
type patternRow struct {
	counted, exact, misfit bool
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

func newEmailPatternRule(rows int, row func(roster.RowID) (*patternRow, string)) *emailPatternRule {
	return &emailPatternRule{row: row, schools: map[string]*patternSchool{}, addrs: newAddrRows(rows),
		lower: map[string]string{}}
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

// add counts the row id and fills in its record p; p.counted stays false
// when the row is not counted.
func (e *emailPatternRule) add(id roster.RowID, f *rowFacts, p *patternRow) {
	if f.domain == "" || f.school == "" || f.first == "" || f.last == "" {
		return
	}
	school, ok := e.lower[f.school]
	if !ok {
		school = strings.ToLower(f.school)
		e.lower[f.school] = school
	}
	*p = patternRow{counted: true, exact: isNameAddress(f.local, f.first, f.last), misfit: !f.holds}
	others, only := e.addrs.addCounting(f.lower, id)
	if others == 1 {
		e.setUnique(only, false)
	}
	e.changeSchool(school, func(s *patternSchool) {
		s.named++
		if p.exact {
			s.exact++
		}
		if p.misfit && others == 0 {
			s.misfit++
		}
	})
}

// remove uncounts the row id whose record is p, counted under the
// school written school and the address addr.
func (e *emailPatternRule) remove(id roster.RowID, p *patternRow, school, addr string) {
	if !p.counted {
		return
	}
	school = e.lower[school]
	rest := e.addrs.remove(addr, id)
	e.changeSchool(school, func(s *patternSchool) {
		s.named--
		if p.exact {
			s.exact--
		}
		if p.misfit && rest == 0 {
			s.misfit--
		}
	})
	if rest == 1 {
		e.setUnique(e.addrs.only(addr), true)
	}
}

// setUnique counts a row's misfit in or out of its school as its address
// becomes its own or shared.
func (e *emailPatternRule) setUnique(id roster.RowID, unique bool) {
	p, school := e.row(id)
	if !p.misfit {
		return
	}
	e.changeSchool(e.lower[school], func(s *patternSchool) {
		if unique {
			s.misfit++
		} else {
			s.misfit--
		}
	})
}

// warned reports whether a row's address addr warns; school is the
// row's school as written.
func (e *emailPatternRule) warned(p *patternRow, school, addr string) bool {
	if !p.counted || !p.misfit {
		return false
	}
	return e.addrs.len(addr) == 1 && e.schools[e.lower[school]].warns() > 0
}

func (e *emailPatternRule) problems(dst []Problem, id roster.RowID, p *patternRow, school, addr string) []Problem {
	if !e.warned(p, school, addr) {
		return dst
	}
	return append(dst, Problem{Row: id, Field: roster.Email, Severity: CodeEmailNotName.Severity(), Code: CodeEmailNotName,
		Message: i18n.T("nearly every address at this school is firstname.lastname, but this one holds no part of the row's name: was it pasted into the wrong row?")})
}

// foldName writes a name as addresses do: small ASCII letters, å and ä as
// a, ö as o, é as e, without spaces, hyphens or apostrophes. A name
// already so written is returned as it is, without allocating.
func foldName(name string) string {
	if plainName(name) {
		return name
	}
	return string(appendFoldName(make([]byte, 0, len(name)), name))
}

// plainName reports whether foldName leaves name as it is: small ASCII
// letters and no character that folding drops.
func plainName(name string) bool {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c >= 0x80 || 'A' <= c && c <= 'Z' || c == ' ' || c == '-' || c == '\'' || c == '\t' {
			return false
		}
	}
	return true
}

// appendFoldName appends foldName(name) to dst. The rules fold a few
// names of every row: into a buffer on the stack, that costs no
// allocation. It lowers rune by rune as strings.ToLower does (a byte
// that is not UTF-8 becomes U+FFFD, as there).
func appendFoldName(dst []byte, name string) []byte {
	for i := 0; i < len(name); {
		if c := name[i]; c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case c == ' ' || c == '-' || c == '\'' || c == '\t':
			default:
				dst = append(dst, c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(name[i:])
		i += size
		if r = unicode.ToLower(r); r == '’' {
			continue
		}
		dst = utf8.AppendRune(dst, foldLetter(r))
	}
	return dst
}

// foldedIs reports whether foldName(name) is part, without allocating for
// a name of up to 64 bytes.
func foldedIs(part, name string) bool {
	if plainName(name) {
		return part == name
	}
	var buf [64]byte
	return string(appendFoldName(buf[:0], name)) == part
}

// trimLocal drops the digits at the end of an address's name
// (anna.berg2 is anna.berg's namesake) and its hyphens.
func trimLocal(local string) string {
	local = strings.TrimRight(local, "0123456789")
	if strings.IndexByte(local, '-') < 0 {
		return local
	}
	return strings.ReplaceAll(local, "-", "")
}

// edgeWords returns the first and the last of name's words (as
// strings.Fields splits it) when it has more than one; ok is false when
// it has one or none.
func edgeWords(name string) (first, last string, ok bool) {
	n := 0
	for w := range strings.FieldsSeq(name) {
		if n == 0 {
			first = w
		}
		last = w
		n++
	}
	return first, last, n > 1
}

// isNameAddress reports whether local is firstname.lastname, where either
// name may also be only its first (first name) or last (surname) word.
func isNameAddress(local, first, last string) bool {
	local = trimLocal(local)
	dot := strings.IndexByte(local, '.')
	if dot < 0 {
		return false
	}
	f, l := local[:dot], local[dot+1:]
	if !foldedIs(f, first) {
		w, _, ok := edgeWords(first)
		if !ok || !foldedIs(f, w) {
			return false
		}
	}
	if !foldedIs(l, last) {
		_, w, ok := edgeWords(last)
		if !ok || !foldedIs(l, w) {
			return false
		}
	}
	return true
}

// altLetters writes å, ä and ö as some mail systems do.
var altLetters = strings.NewReplacer("å", "aa", "ä", "ae", "ö", "oe")

// holdsName reports whether local holds any word (of two letters or
// more) of the first or last name, folded as addresses are, or with
// å, ä, ö written aa, ae, oe.
func holdsName(local, first, last string) bool {
	local = trimLocal(local)
	for _, name := range [...]string{first, last} {
		for w := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == ' ' || r == '-' || r == '\t' }) {
			var buf [64]byte
			if f := appendFoldName(buf[:0], w); len(f) >= 2 && strings.Contains(local, string(f)) {
				return true
			}
			if isASCII(w) {
				continue
			}
			if f := foldName(altLetters.Replace(strings.ToLower(w))); len(f) >= 2 && strings.Contains(local, f) {
				return true
			}
		}
	}
	return false
}
