package roster

import (
	"strconv"
	"strings"
	"unicode"
)

// yearWords are the words for a school year 1–9 that a class cell may
// hold instead of the digit: Swedish numbers ("nio B") and the spoken
// names of a year ("nian", "åttan A"), and Finnish ordinals ("yhdeksäs
// B"). Each names one year and nothing else in a class cell; the years
// above 9 and colloquial Finnish ("ysi", "kasi") are left out, as a word
// that could be a group's name must not be read as a year.
var yearWords = map[string]int{
	"ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
	"ettan": 1, "tvåan": 2, "trean": 3, "fyran": 4, "femman": 5, "sexan": 6, "sjuan": 7, "åttan": 8, "nian": 9,
	"ensimmäinen": 1, "toinen": 2, "kolmas": 3, "neljäs": 4, "viides": 5, "kuudes": 6, "seitsemäs": 7, "kahdeksas": 8, "yhdeksäs": 9,
}

// yearWordPrefixes may stand before the year word ("åk nio B", "klass
// åttan A"), and yearWordSuffixes after it ("yhdeksäs luokka B").
var (
	yearWordPrefixes = map[string]bool{"åk": true, "årskurs": true, "klass": true, "luokka": true}
	yearWordSuffixes = map[string]bool{"klass": true, "luokka": true}
)

// ClassInWords reads a class value whose year is written as a word:
// "nio B" and "åttan A" are the standard classes 9B and 8A, "sjuan" and
// "yhdeksäs" alone are only a grade (ClassGradeOnly). ok is false for
// any other value, and for a section that is not one to three letters
// with at most two digits (as ParseClass's sections).
func ClassInWords(s string) (ParsedClass, bool) {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '.' || r == '/'
	})
	if len(words) > 1 && yearWordPrefixes[words[0]] {
		words = words[1:]
	}
	if len(words) == 0 {
		return ParsedClass{}, false
	}
	grade, ok := yearWords[words[0]]
	if !ok {
		return ParsedClass{}, false
	}
	words = words[1:]
	if len(words) > 0 && yearWordSuffixes[words[0]] {
		words = words[1:]
	}
	switch {
	case len(words) == 0:
		return ParsedClass{Form: ClassGradeOnly, Grade: grade, Canonical: strconv.Itoa(grade)}, true
	case len(words) == 1 && wordSection(words[0]):
		section := strings.ToUpper(words[0])
		return ParsedClass{Form: ClassStandard, Grade: grade, Section: section, Canonical: strconv.Itoa(grade) + section}, true
	}
	return ParsedClass{}, false
}

// wordSection reports whether w is a class's section: one to three
// letters and at most two digits after them ("b", "b2").
func wordSection(w string) bool {
	letters, digits := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r) && digits == 0:
			letters++
		case r >= '0' && r <= '9' && letters > 0:
			digits++
		default:
			return false
		}
	}
	return letters >= 1 && letters <= 3 && digits <= 2
}
