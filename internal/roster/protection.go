package roster

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mark is how a value of a protected-identity column reads. Detection
// fails closed: only an explicit "no" leaves a person unprotected.
type Mark int

// The readings of a protected-identity value.
const (
	// MarkNo is an explicit "no": empty, Nej, Nei, Ej, Ei, E, N, No,
	// Ingen, 0, false, Falskt, Epätosi or "-".
	MarkNo Mark = iota
	// MarkYes is a known "yes": Ja, Yes, X, 1, TRUE, Kyllä, ✓ and the
	// like.
	MarkYes
	// MarkOther is any other value: it protects too, and is worth a
	// warning that says what was read.
	MarkOther
)

// Protected reports whether a value read as m protects the person.
func (m Mark) Protected() bool { return m != MarkNo }

// markNo are the keys (see markKey) of the values that say "not
// protected". Nothing else does.
var markNo = map[string]bool{
	"": true, "nej": true, "nei": true, "ej": true, "ei": true, "e": true, "n": true,
	"no": true, "ingen": true, "0": true, "false": true, "falskt": true, "epätosi": true,
	"-": true,
}

// markYes are the keys of the values known to say "protected": the words
// for yes, the numbers that mean true, the check marks, and the mark
// written out as some systems put it in a status column.
var markYes = map[string]bool{
	"ja": true, "j": true, "yes": true, "y": true, "x": true, "1": true, "1.0": true, "1,0": true,
	"true": true, "sant": true, "kyllä": true, "kylla": true, "k": true, "tosi": true,
	"✓": true, "✔": true, "☑": true, "☒": true,
	"skyddad": true, "skyddadidentitet": true, "skyddadfolkbokföring": true,
	"skyddadepersonuppgifter": true, "sekretess": true, "sekretessmarkering": true,
	"sekretessmarkerad": true, "sekretessmarkerat": true, "turvakielto": true,
	"protected": true, "protectedidentity": true, "confidential": true,
}

// ReadMark reads a value of a protected-identity column: after trimming,
// in any case and without invisible characters, only the explicit "no"
// values of the file contract read as MarkNo; the known "yes" values read
// as MarkYes and everything else (a date, "Ja, skyddad", a Cyrillic look-
// alike of "Ja", the number 2) as MarkOther, which protects as well.
func ReadMark(v string) Mark {
	if v == "" {
		return MarkNo // most cells of a mark column
	}
	k := markKey(v)
	switch {
	case markNo[k]:
		return MarkNo
	case markYes[k]:
		return MarkYes
	}
	return MarkOther
}

// markKey is the form a mark is compared in: lower case, without spaces
// and without the characters one cannot see (zero-width and format
// characters, control characters, blank look-alikes of a space). It maps
// no letter to another, so a look-alike from another script stays what
// it is and never becomes a "no".
func markKey(v string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(v) {
		if unicode.IsSpace(r) || Invisible(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Invisible reports whether r is a character CleanText takes out of a
// value (a format, control or blank-looking character), joiners
// included: in a mark or a header, no script needs them.
func Invisible(r rune) bool { return invisible(r) }

// placeholderWords are the keys (see placeholderKey) of the words a
// school system writes in place of a hidden name or address: Skyddad,
// Skyddad ID, Sekretessmarkerad, Hemlig, Turvakielto, Salainen, Okänd,
// N.N. and NN.
var placeholderWords = map[string]bool{
	"skyddad": true, "skyddadid": true, "skyddadidentitet": true, "skyddadelev": true,
	"sekretess": true, "sekretessmarkerad": true, "sekretessmarkerat": true,
	"hemlig": true, "hemligt": true, "turvakielto": true, "suojattu": true, "salainen": true,
	"okand": true, "nn": true,
}

// placeholderParts are the keys of the words that, as one part of an
// address (skyddad.elev1@skola.se, elev.sekretess@skola.se), make it a
// placeholder: only words a school system writes and no one is named, so
// neither "nn" nor "hemlig" (a nickname may be one) is.
var placeholderParts = map[string]bool{
	"skyddad": true, "skyddadid": true, "skyddadidentitet": true, "sekretess": true,
	"sekretessmarkerad": true, "sekretessmarkerat": true,
	"turvakielto": true, "suojattu": true, "salainen": true, "okand": true,
}

// Placeholder reports whether a name or an address stands in for a
// hidden identity: only asterisks or X's ("***", "XXXX"), or one of the
// placeholderWords (Skyddad, Skyddad ID, Okänd, N.N., …), in any case
// and without spaces or dots; for an address, the part before the @ is
// read so, and it is a placeholder too when one of its parts between
// dots, digits and dashes is a word no one is named (skyddad.elev1@…).
// It allocates nothing: the importer asks it of three cells of every
// row.
func Placeholder(v string) bool {
	at := strings.LastIndexByte(v, '@')
	if at >= 0 {
		v = v[:at]
	}
	if plainNoPlaceholder(v, at >= 0) {
		return false
	}
	return placeholderSlow(v, at >= 0)
}

// plainNoPlaceholder reports, from a look at its bytes, that v (an
// address's local part when address) is no placeholder, as most names
// and addresses are not; false says only that placeholderSlow must
// decide. It reads the first letters of a key where v starts with two
// ASCII letters (no character is skipped before them): the key of "Tova"
// starts with "to", which no placeholder's does, and that of "Ture"
// with "ture", not "turv" (Turvakielto). The first two are looked up at
// once, the next two only for the few that pass. For an address, each part between
// characters that are no letter must be of ASCII and start so too, or
// be one letter (too short a key for a part).
func plainNoPlaceholder(v string, address bool) bool {
	if len(v) < 2 || !asciiLetter(v[0]) || !asciiLetter(v[1]) ||
		placeholderPrefix(v[0]|0x20, v[1]|0x20) && mayStart(wordPrefixes, v) {
		return false
	}
	if !address {
		return true
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if i+1 < len(v) && asciiLetter(c) && (i == 0 || !asciiLetter(v[i-1])) &&
			asciiLetter(v[i+1]) && partPrefix(c|0x20, v[i+1]|0x20) && mayStart(partPrefixes, v[i:]) {
			return false
		}
	}
	return true
}

// wordPrefixes are the first prefixLen letters of the keys of
// placeholderWords, and of a row of x's, or the whole key when shorter;
// partPrefixes those of placeholderParts.
var (
	wordPrefixes = keyPrefixes(placeholderWords, "xxxx")
	partPrefixes = keyPrefixes(placeholderParts)
)

// prefixLen is how many letters of a key mayStart reads.
const prefixLen = 4

// keyPrefixes returns the different first prefixLen letters of words
// and more, or the whole word when shorter.
func keyPrefixes(words map[string]bool, more ...string) []string {
	var out []string
	add := func(w string) {
		if p := w[:min(prefixLen, len(w))]; !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	for w := range words {
		add(w)
	}
	for _, w := range more {
		add(w)
	}
	return out
}

// mayStart reports whether a key that starts with the ASCII letters v
// starts with (prefixLen at most, in lower case) can start with one of
// prefixes (see keyPrefixes). With prefixLen letters, the key is as long
// at least, so only a prefix as long can match it; with fewer, followed
// by another character, the key's next letter is not known, and a
// prefix matches if it starts so.
func mayStart(prefixes []string, v string) bool {
	var k [prefixLen]byte
	n := 0
	for n < len(k) && n < len(v) && asciiLetter(v[n]) {
		k[n] = v[n] | 0x20
		n++
	}
	for _, p := range prefixes {
		if n == prefixLen && p == string(k[:]) || n < prefixLen && len(p) >= n && p[:n] == string(k[:n]) {
			return true
		}
	}
	return false
}

// placeholderPrefix reports whether a placeholder's key can start with
// the letters a and b (in lower case): one of placeholderWords, or x's.
func placeholderPrefix(a, b byte) bool {
	switch a {
	case 's':
		return b == 'k' || b == 'e' || b == 'u' || b == 'a'
	case 'h':
		return b == 'e'
	case 't':
		return b == 'u'
	case 'o':
		return b == 'k'
	case 'n':
		return b == 'n'
	case 'x':
		return b == 'x'
	}
	return false
}

// partPrefix reports whether one of placeholderParts starts with the
// letters a and b (in lower case).
func partPrefix(a, b byte) bool {
	switch a {
	case 's':
		return b == 'k' || b == 'e' || b == 'u' || b == 'a'
	case 't':
		return b == 'u'
	case 'o':
		return b == 'k'
	}
	return false
}

// asciiLetter reports whether c is a letter of ASCII.
func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// placeholderSlow is Placeholder for v, an address's local part when
// address, read character by character.
func placeholderSlow(v string, address bool) bool {
	var word [24]byte // the longest placeholder word fits
	n, stars, ok := placeholderKey(v, &word)
	if !ok || n == 0 {
		return false
	}
	if stars || n <= len(word) && placeholderWords[string(word[:n])] {
		return true
	}
	return address && placeholderPart(v)
}

// placeholderKey writes v's key into word: lower case, with ä and å read
// as a and ö as o, without spaces, dots and invisible characters. n is
// the key's length (it may be longer than word), stars whether the key
// is only asterisks and x's, and ok false when v holds another letter
// than ASCII, ä, å and ö (no placeholder has one).
func placeholderKey(v string, word *[24]byte) (n int, stars, ok bool) {
	stars = true
	for _, r := range v {
		switch {
		case r == ' ' || r == '.' || unicode.IsSpace(r) || Invisible(r):
			continue
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r == 'ä' || r == 'Ä' || r == 'å' || r == 'Å':
			r = 'a'
		case r == 'ö' || r == 'Ö':
			r = 'o'
		case r >= 0x80:
			return 0, false, false
		}
		if r != '*' && r != 'x' {
			stars = false
		}
		if n < len(word) {
			word[n] = byte(r)
		}
		n++
	}
	return n, stars, true
}

// placeholderPart reports whether one part of an address's local part,
// between characters that are no letter (skyddad.elev1: "skyddad",
// "elev"), is one of placeholderParts.
func placeholderPart(local string) bool {
	for len(local) > 0 {
		i := strings.IndexFunc(local, isPlaceholderLetter)
		if i < 0 {
			return false
		}
		local = local[i:]
		j := strings.IndexFunc(local, func(r rune) bool { return !isPlaceholderLetter(r) })
		if j < 0 {
			j = len(local)
		}
		var word [24]byte
		if n, _, ok := placeholderKey(local[:j], &word); ok && n <= len(word) && placeholderParts[string(word[:n])] {
			return true
		}
		local = local[j:]
	}
	return false
}

// isPlaceholderLetter reports whether r can be part of a placeholder word.
func isPlaceholderLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || strings.ContainsRune("äåöÄÅÖ", r)
}

// protectionHints are parts of a header that suggest a column of
// protected-identity marks.
// They are keys (see HeaderKey): "spärr" is "sparr".
var protectionHints = []string{"skydd", "sekretess", "sparr", "turva", "suoja", "protect", "confidential",
	"kvarskriv", "fingerad", "hemlig", "kielto", "salai", "restricted", "sensitiv", "secret", "securitymark"}

// protectionShortHints are whole header keys, too short to look for
// inside a longer header, that suggest a protection mark: "Sekr.", and
// the initials of turvakielto and skyddad identitet.
var protectionShortHints = map[string]bool{"sekr": true, "tk": true, "si": true}

// SuggestsProtection reports whether a header sounds like a column of
// protected-identity marks ("Skyddsmarkering", "Turvakieltotieto",
// "Protection flag"): such a column is not to be passed by until the
// user says what it holds.
func SuggestsProtection(header string) bool {
	k := HeaderKey(header)
	if protectionShortHints[k] {
		return true
	}
	for _, h := range protectionHints {
		if strings.Contains(k, h) {
			return true
		}
	}
	return false
}

// HeaderKey is the one form in which headers are compared: lower case,
// without punctuation, spaces and invisible characters, and with å, ä and
// ö read as a and o, so that "Skyddad identitet?", "skyddad_identitet"
// and "SKYDDAD\u200bIDENTITET" are one key.
func HeaderKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(Composed(s)) {
		switch {
		case r == 'å' || r == 'ä':
			r = 'a'
		case r == 'ö':
			r = 'o'
		case unicode.IsSpace(r) || unicode.IsPunct(r) || Invisible(r):
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
