package check

import (
	"strings"
	"unicode"
)

// foldSpelling reduces a value to what a tired eye sees: small letters,
// no spaces, and å, ä, ö, é and ü as a, a, o, e and u, so that
// "Ekbackens Skola" and "ekbackensskola" fold alike.
func foldSpelling(v string) string {
	var b strings.Builder
	b.Grow(len(v))
	for _, r := range strings.ToLower(v) {
		if !unicode.IsSpace(r) {
			b.WriteRune(foldLetter(r))
		}
	}
	return b.String()
}

// foldLetter writes a small letter as a tired eye, or an address, takes
// it: å, ä, á and à as a, ö, ø and ó as o, é, è and ë as e, ü as u.
func foldLetter(r rune) rune {
	switch r {
	case 'å', 'ä', 'á', 'à':
		return 'a'
	case 'ö', 'ø', 'ó':
		return 'o'
	case 'é', 'è', 'ë':
		return 'e'
	case 'ü':
		return 'u'
	}
	return r
}

// nearSpelling reports whether two folded values are one slip apart: the
// same, or one letter missing, added, replaced or two neighbours swapped.
// A slip that touches a digit does not count: "Skola 1" and "Skola 2" are
// two schools.
func nearSpelling(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if len(ra) < len(rb) { // one letter added to the longer one at i
		return !unicode.IsDigit(rb[i]) && string(ra[i:]) == string(rb[i+1:])
	}
	// same length: one replaced at i, or i and i+1 swapped
	if unicode.IsDigit(ra[i]) || unicode.IsDigit(rb[i]) {
		return false
	}
	if string(ra[i+1:]) == string(rb[i+1:]) {
		return true
	}
	return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
}

// deletionKeys calls yield with the folded value and each form of it
// with one letter left out: two values one slip apart share at least one
// key, so an index of keys finds a value's near neighbours without
// comparing it with every other value.
func deletionKeys(folded string, yield func(string)) {
	yield(folded)
	prev := -1
	for i, r := range folded {
		if prev >= 0 && folded[prev:i] == string(r) {
			prev = i
			continue // leaving out either of two equal letters gives one key
		}
		yield(folded[:i] + folded[i+len(string(r)):])
		prev = i
	}
}
