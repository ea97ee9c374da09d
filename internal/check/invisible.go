package check

import (
	"fmt"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// invisibleProblems warns of each field of the row whose value had
// invisible characters taken out (roster.CleanText) when it was read or
// typed: the value is clean, but the user should know that the source
// held more than it showed. The message names the characters, never the
// value.
func invisibleProblems(dst []Problem, row *roster.Row) []Problem {
	for _, f := range roster.Fields {
		if removed := row.Removed(f); removed != "" {
			dst = append(dst, Problem{Row: row.ID, Field: f, Severity: CodeInvisibleRemoved.Severity(), Code: CodeInvisibleRemoved,
				Message: removedMessage([]rune(removed))})
		}
	}
	return dst
}

// removedMessage names up to three removed characters and counts the rest.
func removedMessage(rs []rune) i18n.Text {
	n := make([]i18n.Text, min(len(rs), 3))
	for i := range n {
		n[i] = invisibleName(rs[i])
	}
	switch len(rs) {
	case 1:
		return i18n.T("invisible characters removed: %s", n[0])
	case 2:
		return i18n.T("invisible characters removed: %s, %s", n[0], n[1])
	case 3:
		return i18n.T("invisible characters removed: %s, %s, %s", n[0], n[1], n[2])
	}
	return i18n.T("invisible characters removed: %s, %s, %s and %d more", n[0], n[1], n[2], len(rs)-3)
}

// invisibleName names a character roster.CleanText removes, with its code
// point, as "zero-width space (U+200B)".
func invisibleName(r rune) i18n.Text {
	code := fmt.Sprintf("U+%04X", r)
	switch {
	case r == 0x200B:
		return i18n.T("zero-width space (%s)", code)
	case r == 0x200C:
		return i18n.T("zero-width non-joiner (%s)", code)
	case r == 0x200D:
		return i18n.T("zero-width joiner (%s)", code)
	case r == 0x2060:
		return i18n.T("word joiner (%s)", code)
	case r == 0xFEFF:
		return i18n.T("zero-width no-break space (%s)", code)
	case r == 0xAD:
		return i18n.T("soft hyphen (%s)", code)
	case r == 0x200E, r == 0x200F, r == 0x061C:
		return i18n.T("direction mark (%s)", code)
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return i18n.T("text direction control (%s)", code)
	case r == 0x2800:
		return i18n.T("braille blank (%s)", code)
	case r == 0x115F, r == 0x1160, r == 0x3164, r == 0xFFA0:
		return i18n.T("Hangul filler (%s)", code)
	case r < 0x20, r >= 0x7F && r < 0xA0:
		return i18n.T("control character (%s)", code)
	}
	return i18n.T("invisible format character (%s)", code)
}
