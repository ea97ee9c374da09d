package roster

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// CleanText returns s without the characters that make text look other
// than it is, and the distinct characters it took out, in the order they
// first appear ("" when none):
//
//   - format characters (Unicode category Cf): zero-width space U+200B,
//     direction marks U+200E/U+200F, direction embeddings, overrides and
//     isolates U+202A–U+202E and U+2066–U+2069, word joiner and invisible
//     operators U+2060–U+2064, zero-width no-break space U+FEFF, soft
//     hyphen U+00AD and the rest of the category. A zero-width non-joiner
//     U+200C or joiner U+200D between two letters stays: some scripts
//     (Persian, the Indic ones) need it there;
//   - control characters, but for the white space that the whitespace
//     rule already reports and tidies (tab, line breaks, U+0085);
//   - characters that draw as nothing but are not white space: braille
//     blank U+2800 and the Hangul fillers U+115F, U+1160, U+3164, U+FFA0.
//     A value made only of them was meant to look filled and is empty.
//
// The text is returned composed (see Composed). Text without such
// characters, nearly every value, costs one pass over its bytes (plain
// ASCII a byte test each) and a check that it is composed, and no
// allocation.
func CleanText(s string) (clean, removed string) {
	i := firstInvisible(s)
	if i == len(s) {
		return Composed(s), ""
	}
	var b, gone strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		switch {
		case invisible(r) && !(isJoiner(r) && letterLike(prev) && letterLike(next)):
			if !strings.ContainsRune(gone.String(), r) {
				gone.WriteRune(r)
			}
		case r == utf8.RuneError && size == 1:
			// A stray byte that is no UTF-8 could join the bytes around a
			// removed character into one: it becomes U+FFFD, as a reader
			// shows it.
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+size])
		}
		prev = r
		i += size
	}
	return Composed(b.String()), gone.String()
}

// Composed returns s in Unicode's composed form (NFC): "å" as one
// character, as Windows writes it, never "a" and a combining ring, as
// macOS and text copied from a PDF may. Both look the same, but only one
// matches a header, a role word or the same school on other rows. Text
// already composed, nearly every value, is returned as it is.
func Composed(s string) string {
	if norm.NFC.QuickSpanString(s) == len(s) {
		return s
	}
	return norm.NFC.String(s)
}

// firstInvisible returns the index of the first character that CleanText
// takes out, or len(s).
func firstInvisible(s string) int {
	prev := utf8.RuneError
	for i := 0; i < len(s); {
		if c := s[i]; plainASCII[c] {
			prev = rune(c)
			i++
			continue
		} else if c < utf8.RuneSelf {
			return i // a control character
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if invisible(r) {
			if next, _ := utf8.DecodeRuneInString(s[i+size:]); !(isJoiner(r) && letterLike(prev) && letterLike(next)) {
				return i
			}
		}
		prev = r
		i += size
	}
	return len(s)
}

// plainASCII marks the bytes that are printable ASCII or white space: one
// load tells a byte CleanText keeps.
var plainASCII = func() (t [256]bool) {
	for c := 0x20; c < 0x7F; c++ {
		t[c] = true
	}
	for _, c := range []byte("\t\n\v\f\r") {
		t[c] = true
	}
	return t
}()

func asciiSpace(c byte) bool {
	return c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// invisible reports whether CleanText takes r out (joiners aside).
func invisible(r rune) bool {
	switch {
	case r < 0x80:
		return r < 0x20 && !asciiSpace(byte(r)) || r == 0x7F
	case r < 0xA0:
		return r != 0x85 // C1 controls; NEL is a line break
	case r == 0xAD:
		return true
	case r < 0x600:
		return false // Latin, Greek, Cyrillic and others have no Cf
	}
	return unicode.Is(unicode.Cf, r) || blankLooking(r)
}

// blankLooking reports whether r draws as nothing though it is neither
// white space nor a format character.
func blankLooking(r rune) bool {
	switch r {
	case 0x2800, 0x115F, 0x1160, 0x3164, 0xFFA0:
		return true
	}
	return false
}

// isJoiner reports whether r is the zero-width non-joiner or joiner.
func isJoiner(r rune) bool { return r == 0x200C || r == 0x200D }

// letterLike reports whether r is a letter or a combining mark (a virama
// before a joiner is a mark).
func letterLike(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }
