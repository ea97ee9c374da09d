package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// A protected-identity cell may hold more than a mark: the person's
// personal identity number, or the new address the protection hides
// ("Ja - ny adress Storgatan 5 Ale"). Messages go to the window, to
// roster check and its --json, and from there to scripts' logs, so
// ProtectedValue quotes a mark only when it is short and can hold no
// such thing; otherwise it names the value's length and the word that
// made it a mark (tester T26).

// Limits of a mark that is quoted: at most quoteMaxRunes characters in
// at most quoteMaxWords words, with no digit and no @.
const (
	quoteMaxRunes = 30
	quoteMaxWords = 3
)

// quotable reports whether mark value v may be quoted in a message.
func quotable(v string) bool {
	if utf8.RuneCountInString(v) > quoteMaxRunes || len(strings.Fields(v)) > quoteMaxWords {
		return false
	}
	return !strings.ContainsFunc(v, func(r rune) bool { return unicode.IsDigit(r) || r == '@' })
}

// markWord returns the first word of v that reads as a mark or names a
// protected identity, as written, or "" when none does.
func markWord(v string) string {
	for _, w := range strings.FieldsFunc(v, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if roster.ReadMark(w) == roster.MarkYes || roster.ProtectionTerm(w) {
			return w
		}
	}
	return ""
}

// markMessage is the message of ProtectedValue for mark value v.
func markMessage(v string) i18n.Text {
	if quotable(v) {
		return i18n.T("read %s as protected identity: only an explicit no (Nej, Ei, No, 0, -, or an empty cell) means not protected", quoteMark(v))
	}
	n := utf8.RuneCountInString(v)
	if w := markWord(v); w != "" {
		return i18n.T("read a value of %d characters with the word %s as protected identity (the rest is not shown: it may hold personal data): only an explicit no (Nej, Ei, No, 0, -, or an empty cell) means not protected", n, quoteMark(w))
	}
	return i18n.T("read a value of %d characters as protected identity (it is not shown: it may hold personal data): only an explicit no (Nej, Ei, No, 0, -, or an empty cell) means not protected", n)
}
