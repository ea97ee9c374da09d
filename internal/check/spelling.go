package check

import (
	"strings"
	"unicode"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// spellFields make the trackers of the spelling warnings: rows whose
// School or email domain is one slip (case, spacing, å/a, a letter
// missing, added, replaced or swapped) from a value that many more rows
// have get that majority spelling as their fix. The file's municipality
// is the municipality rule's business: it gives a slip of the main
// municipality's spelling this rule's code, so that one Fix all covers
// every stray spelling.
//
// Each field keeps a count per distinct value and, per value, its near
// neighbours, found through an index of deletion keys. An edit changes
// one value's count, so only that value and its neighbours are judged
// again: a few values, never the rows.
func spellFields() [2]*spellField {
	return [2]*spellField{
		newSpellField(roster.School, func(row *roster.Row) (string, string) {
			return roster.Tidy(row.Values[roster.School]), ""
		}),
		newSpellField(roster.Email, emailDomain),
	}
}

// emailDomain returns the domain of a row's address in small letters and
// the address, or "" when the address has no usable domain.
func emailDomain(row *roster.Row) (domain, address string) {
	address = strings.TrimSpace(row.Values[roster.Email])
	at := strings.IndexByte(address, '@')
	if at <= 0 || strings.Count(address, "@") != 1 {
		return "", ""
	}
	domain = address[at+1:]
	if !strings.Contains(domain, ".") || strings.IndexFunc(domain, notDomainRune) >= 0 {
		return "", ""
	}
	return strings.ToLower(domain), address
}

// notDomainRune reports whether r cannot be part of a domain name.
func notDomainRune(r rune) bool {
	return r != '.' && r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// isRareVariant reports whether a value on n rows is a stray spelling of
// one on common rows: far fewer rows, at most two or 5% of the common.
func isRareVariant(n, common int) bool {
	return n < common && n <= max(2, common*5/100)
}

// spellMessage is the warning on a row spelt as a rare variant of target,
// which n rows have.
func spellMessage(target string, n int) i18n.Text {
	return i18n.T("probably a misspelling of %q, which %d other rows have", target, n)
}
