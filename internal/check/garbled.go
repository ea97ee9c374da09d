package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// garbledProblems finds text whose å, ä and ö did not survive a change of
// character set, the everyday accident of a UTF-8 csv double-clicked into
// Excel (which reads it as Windows-1252) and saved again: "Ã…sa Ã–berg"
// in Borås, "BorÃ¥s". Such a value is an error with a Fix that decodes it
// back, which is certain (the mistake is reversible). Letters lost for
// good in a round trip through a character set without them ("?sa
// ?berg", "Bor?s", "�ke") are an error with no Fix: only the school
// system has the name.
func garbledProblems(dst []Problem, row *roster.Row) []Problem {
	for _, f := range roster.Fields {
		v := row.Values[f]
		if plainText(v) {
			continue // nearly every cell: nothing garbled, no letter lost
		}
		if fixed, ok := Ungarble(v); ok {
			dst = append(dst, Problem{Row: row.ID, Field: f, Severity: CodeTextGarbled.Severity(), Code: CodeTextGarbled,
				Message: i18n.T("the letters look garbled, as when a UTF-8 file is read as Windows-1252 (Å becomes Ã…): the fix reads them back"),
				Fix:     &Fix{Label: i18n.T("Read the letters back"), Value: fixed}})
			continue
		}
		if f != roster.Email && lettersLost(v) {
			dst = append(dst, Problem{Row: row.ID, Field: f, Severity: CodeLettersLost.Severity(), Code: CodeLettersLost,
				Message: i18n.T("letters were lost when the file was saved (å, ä or ö became ? or �): write the name as the school system has it")})
		}
	}
	return dst
}

// plainText reports whether v is ASCII without a question mark, in one
// pass: such text has no garbled letter (each starts beyond ASCII) and
// no lost one (a '?' or the replacement character), so garbledProblems
// need not ask Ungarble and lettersLost, three or four passes more.
func plainText(v string) bool {
	i := 0
	for ; i+8 <= len(v); i += 8 {
		if !plainTextWord(v[i : i+8]) {
			return false
		}
	}
	for ; i < len(v); i++ {
		if c := v[i]; c >= utf8.RuneSelf || c == '?' {
			return false
		}
	}
	return true
}

// plainTextWord is plainText of eight bytes at once: none has its top
// bit set, and none is '?' (w^'?' has a zero byte, which the borrow of
// subtracting one from each byte finds, exactly when all are below 0x80).
func plainTextWord(w string) bool {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	y := x ^ '?'*ones
	return (x|(y-ones)&^y)&tops == 0
}

// Ungarble returns the text v was before it was decoded as Windows-1252
// although it was UTF-8, and whether v is such text: v's characters are
// all Windows-1252 ones, their bytes are valid UTF-8 of at least one
// letter beyond ASCII, and v holds the tell-tale Ã or Â that every
// garbled Latin letter starts with.
func Ungarble(v string) (string, bool) {
	if !hasGarbleMark(v) {
		return "", false
	}
	raw, err := charmap.Windows1252.NewEncoder().String(v)
	if err != nil || !utf8.ValidString(raw) || raw == v {
		return "", false
	}
	for _, r := range raw {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			return raw, true
		}
	}
	return "", false
}

// hasGarbleMark reports whether v holds Ã or Â, as
// strings.ContainsAny(v, "ÃÂ") does, but at the speed of a byte search:
// ContainsAny with characters beyond ASCII looks up every character of v,
// and this runs on every cell. The bytes of Ã and Â always decode as
// those letters wherever they stand, even in invalid UTF-8, since their
// first byte cannot continue another character.
func hasGarbleMark(v string) bool {
	return strings.Contains(v, "Ã") || strings.Contains(v, "Â")
}

// lettersLost reports a question mark touching a letter ("?sa", "Bor?s")
// or the replacement character, which a decoder puts where it met bytes
// it could not read. A question mark after a word ("Vem?") is left alone.
// It runs on every cell, so it reads v in place: text in ASCII has no
// replacement character, and a '?' byte in valid UTF-8 is the character
// '?', followed by the character that decodes after it.
func lettersLost(v string) bool {
	if !isASCII(v) && strings.ContainsRune(v, utf8.RuneError) {
		return true
	}
	for i := 0; ; {
		j := strings.IndexByte(v[i:], '?')
		if j < 0 {
			return false
		}
		i += j + 1
		if i < len(v) {
			if r, _ := utf8.DecodeRuneInString(v[i:]); unicode.IsLetter(r) || r == '?' {
				return true
			}
		}
	}
}
