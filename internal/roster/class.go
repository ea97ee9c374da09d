package roster

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// ClassForm says what kind of value a Class cell holds.
type ClassForm int

// The forms of a class value.
const (
	// ClassEmpty is an empty cell.
	ClassEmpty ClassForm = iota
	// ClassNamed is a class name outside the grade-and-letter pattern
	// ("Blå gruppen", "F", "7-9 Särskola"): kept as typed.
	ClassNamed
	// ClassGradeOnly is a bare grade ("9", "åk 9", "9:an", "9. luokka"):
	// the upload file needs the real class.
	ClassGradeOnly
	// ClassStandard is a grade and a section ("9A", "9 a", "åk 9b").
	ClassStandard
)

// ParsedClass is a class value understood.
type ParsedClass struct {
	Form ClassForm
	// Grade is the year group, for ClassGradeOnly and ClassStandard.
	Grade int
	// Section is the upper-case part after the grade ("A", "B2"), for
	// ClassStandard.
	Section string
	// Canonical is how the class should be written: "9A" for a standard
	// class, the digits for a bare grade, and the trimmed value with single
	// spaces otherwise.
	Canonical string
}

const classPrefix = `(?:åk|ak|år|ar|årskurs|klass|class|grade|year|vuosiluokka|luokka|lk)?[\s.]*`

var (
	gradeOnlyPattern = regexp.MustCompile(`^` + classPrefix + `(\d{1,2})\s*(?::an|:a|:e|\.|lk|luokka|\.\s*lk|\.\s*luokka|\.\s*klass|\s*klass|st)?$`)
	standardPattern  = regexp.MustCompile(`^` + classPrefix + `(\d{1,2})[\s\-./]*([a-zåäö]{1,3}\d{0,2})$`)
)

// ParseClass understands a class value: "9A", "9 a", "9a" and "åk 9a" are
// the standard class 9A; "9", "åk 9" and "9:an" are only a grade; anything
// else is a named class kept as typed.
func ParseClass(s string) ParsedClass {
	if p, ok := parseShortClass(s); ok {
		return p
	}
	return parseClassRegexp(s)
}

// parseClassRegexp is ParseClass by the patterns, for any value.
func parseClassRegexp(s string) ParsedClass {
	trimmed := strings.Join(strings.Fields(s), " ")
	if trimmed == "" {
		return ParsedClass{Form: ClassEmpty}
	}
	lower := strings.ToLower(trimmed)
	if m := gradeOnlyPattern.FindStringSubmatch(lower); m != nil {
		grade, _ := strconv.Atoi(m[1])
		return ParsedClass{Form: ClassGradeOnly, Grade: grade, Canonical: strconv.Itoa(grade)}
	}
	if m := standardPattern.FindStringSubmatch(lower); m != nil {
		grade, _ := strconv.Atoi(m[1])
		section := strings.ToUpper(m[2])
		if word := lastRunes(trimmed, len([]rune(m[2]))); sectionWord(word) {
			section = word // "1Blå" stays 1Blå, not 1BLÅ
		}
		return ParsedClass{Form: ClassStandard, Grade: grade, Section: section,
			Canonical: strconv.Itoa(grade) + section}
	}
	return ParsedClass{Form: ClassNamed, Canonical: trimmed}
}

// parseShortClass parses the common class values without the patterns:
// one or two ASCII digits ("9", "09": a grade only) or one or two digits
// and one ASCII letter ("9A", "10c": a standard class), with nothing
// around them. For these it gives what parseClassRegexp gives (see
// TestParseShortClassAgrees); for anything else it returns false.
func parseShortClass(s string) (ParsedClass, bool) {
	n := 0
	for n < len(s) && n < 3 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 {
		return ParsedClass{}, false
	}
	grade, _ := strconv.Atoi(s[:n])
	switch len(s) - n {
	case 0:
		return ParsedClass{Form: ClassGradeOnly, Grade: grade, Canonical: strconv.Itoa(grade)}, true
	case 1:
		c := s[n]
		switch {
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		case c >= 'A' && c <= 'Z':
		default:
			return ParsedClass{}, false
		}
		// Both strings are s itself, or a piece of one, when s is written
		// as the upload file writes it ("9A"): parsed on every row of a
		// list, the class then costs no allocation.
		section, canonical := capitals[c-'A':c-'A'+1], s
		if s[0] == '0' || s[n] != c {
			canonical = strconv.Itoa(grade) + section
		}
		return ParsedClass{Form: ClassStandard, Grade: grade, Section: section, Canonical: canonical}, true
	}
	return ParsedClass{}, false
}

// capitals are the sections of one letter, as parseShortClass writes them.
const capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// sectionWord reports whether a section is written as a word, a capital
// and lower-case letters ("Blå", "Röd", "Gul"): a class named by a colour
// keeps its spelling, where a letter code ("b", "abc") is upper-cased.
func sectionWord(section string) bool {
	runes := []rune(section)
	if len(runes) < 3 || !unicode.IsUpper(runes[0]) {
		return false
	}
	for _, r := range runes[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	runes := []rune(s)
	if n > len(runes) {
		return s
	}
	return string(runes[len(runes)-n:])
}
