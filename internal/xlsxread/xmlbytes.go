package xlsxread

import (
	"bytes"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// The low-level reading of XML bytes that the two scanners share: the
// fast reader's (fastscan.go), which reads only what it reads exactly
// as excelize does and declines the rest, and the pre-check's
// (precheckscan.go), which must take all that encoding/xml takes. Where
// they differ, a named parameter says how.

// crRule says what a carriage return is. encoding/xml rewrites one (and
// CR LF) to a line feed: the fast reader, which does not, declines text
// and tags with one (declineCR); the pre-check, which only checks, takes
// it (takeCR).
type crRule bool

const (
	declineCR crRule = false
	takeCR    crRule = true
)

// surrogateRule says what a character reference to a surrogate (&#xD800;)
// is: encoding/xml reads it as U+FFFD, which the pre-check takes
// (surrogateAsFFFD); the fast reader declines it (declineSurrogate).
type surrogateRule bool

const (
	declineSurrogate surrogateRule = false
	surrogateAsFFFD  surrogateRule = true
)

// isSpaceByte reports whether c is XML white space.
func isSpaceByte(c byte, cr crRule) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' && cr == takeCR
}

// validXMLText reports whether b is UTF-8 of only characters XML allows.
func validXMLText(b []byte, cr crRule) bool {
	ascii := true
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && (c != '\r' || cr == declineCR) {
			return false
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	// Text in ASCII alone (most cells: ids, classes, addresses) is valid
	// UTF-8 and holds neither U+FFFE nor U+FFFF.
	return ascii || utf8.Valid(b) && !bytes.Contains(b, []byte("\uFFFE")) && !bytes.Contains(b, []byte("\uFFFF"))
}

// xmlEntity is the character an entity reference (lt, #65, #x41: what
// stands between & and ;) stands for: one of the five XML names, or a
// numeric reference to a character XML allows.
func xmlEntity(ent string, surrogate surrogateRule) (rune, bool) {
	switch ent {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "apos":
		return '\'', true
	case "quot":
		return '"', true
	}
	base, digits := 10, ""
	switch {
	case len(ent) > 2 && ent[:2] == "#x":
		base, digits = 16, ent[2:]
	case len(ent) > 1 && ent[0] == '#':
		digits = ent[1:]
	default:
		return 0, false
	}
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		if !(c >= '0' && c <= '9' || base == 16 && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
			return 0, false
		}
	}
	n, err := strconv.ParseUint(digits, base, 64)
	if err != nil || n > unicode.MaxRune {
		return 0, false
	}
	r := rune(n)
	if r >= 0xD800 && r <= 0xDFFF {
		return utf8.RuneError, surrogate == surrogateAsFFFD
	}
	ok := r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000
	return r, ok
}

// asciiNameLen is the length of the ASCII XML name at the start of b:
// letters, _ and : first, then digits, - and . too. nonASCII says it
// stops at a byte outside ASCII, whose rules for names are many.
func asciiNameLen(b []byte) (n int, nonASCII bool) {
	for i, c := range b {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '-' || c == '.')) {
			return i, c >= utf8.RuneSelf
		}
	}
	return len(b), false
}

// TrimPartialRune drops an incomplete UTF-8 sequence at the end of a
// buffer cut at an arbitrary byte.
func TrimPartialRune(b []byte) []byte {
	for i := 1; i <= utf8.UTFMax-1 && i <= len(b); i++ {
		if utf8.RuneStart(b[len(b)-i]) {
			if !utf8.FullRune(b[len(b)-i:]) {
				return b[:len(b)-i]
			}
			break
		}
	}
	return b
}
