package sheet

import (
	"bytes"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// encodingMacRoman names the encoding of old Mac Excel's "CSV
// (Macintosh)": Mac Roman, lines ending in a lone CR.
const encodingMacRoman = "Mac Roman"

// macRomanText reports whether text of single bytes that is not UTF-8,
// whose lines end in a lone CR when crOnly, is Mac Roman rather than
// Windows-1252. Both put letters above 0x7F, in different places: Mac
// Roman's å ä ö (8C 8A 9A) are Windows-1252's Œ Š š, and Windows-1252's
// å ä ö (E5 E4 F6) are Mac Roman's Â ‰ ˆ. The text is Mac Roman when
//   - its lines end in a lone CR (old Mac Excel's "CSV (Macintosh)"), or
//     it has bytes that Windows-1252 leaves unused (81 8D 8F 90 9D: Mac
//     Roman's Å ç è ê ù), or it has no byte from C0 up, where all of
//     Windows-1252's å ä ö é ü are (LibreOffice's Mac Roman, lines
//     ending in LF); and
//   - inside its words (between letters) its bytes read as Mac Roman are
//     the letters of Swedish and Finnish names (nordicLetterScore) more
//     than read as Windows-1252, with at least one å ä ö é ü.
//
// A Windows-1252 list whose only bytes above 0x7F are signs between
// words (€, …, “”) so stays Windows-1252.
func macRomanText(text []byte, crOnly bool) bool {
	if !crOnly && !unusedInWindows1252(text) && hasByteFrom(text, 0xC0) {
		return false
	}
	score, nordic := 0, false
	for i, b := range text {
		if b < 0x80 || i == 0 || i+1 == len(text) || !wordByte(text[i-1]) || !wordByte(text[i+1]) {
			continue
		}
		mac := nordicLetterScore(charmap.Macintosh.DecodeByte(b))
		nordic = nordic || mac == 3
		score += mac - nordicLetterScore(charmap.Windows1252.DecodeByte(b))
	}
	return nordic && score > 0
}

// hasByteFrom reports whether text has a byte of value from or above.
func hasByteFrom(text []byte, from byte) bool {
	for _, c := range text {
		if c >= from {
			return true
		}
	}
	return false
}

// wordByte reports whether c may be part of a word: an ASCII letter or a
// byte above 0x7F.
func wordByte(c byte) bool {
	return c >= 0x80 || 'a' <= c|0x20 && c|0x20 <= 'z'
}

// unusedInWindows1252 reports whether text holds one of the five bytes
// that Windows-1252 leaves unused.
func unusedInWindows1252(text []byte) bool {
	return bytes.ContainsAny(text, "\x81\x8d\x8f\x90\x9d")
}

// nordicLetterScore weighs a character as a letter of a Swedish or
// Finnish name: å ä ö é ü most, other Latin letters (ç, ñ, š) less,
// anything else (signs, punctuation, modifier letters) not at all.
func nordicLetterScore(r rune) int {
	switch r {
	case 'å', 'ä', 'ö', 'Å', 'Ä', 'Ö', 'é', 'É', 'ü', 'Ü':
		return 3
	}
	if unicode.IsLetter(r) && !unicode.Is(unicode.Lm, r) && unicode.Is(unicode.Latin, r) {
		return 1
	}
	return 0
}

// looksLikeMacRoman accepts text that macRomanText takes for Mac Roman
// and that holds no control characters but tab and line ends.
func looksLikeMacRoman(head []byte) bool {
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F {
			return false
		}
	}
	return macRomanText(head, bytes.IndexByte(head, '\r') >= 0 && bytes.IndexByte(head, '\n') < 0)
}
