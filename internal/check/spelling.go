package check

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// CodeSpellingVariant is a School or email domain spelt slightly
// differently from a much more common value in the same file.
const CodeSpellingVariant Code = "spelling_variant"

// spellingRule warns on rows whose School or email domain is one slip
// (case, spacing, å/a, a letter missing, added, replaced or swapped) from
// a value that many more rows have, and offers that majority spelling.
// The file's municipality is the municipality rule's business: any other
// spelling of it already warns there.
//
// Each field keeps a count per distinct value and, per value, its near
// neighbours, found through an index of deletion keys. An edit changes
// one value's count, so only that value and its neighbours are judged
// again: a few values, never the rows.
type spellingRule struct {
	fields [2]*spellField
}

func newSpellingRule(rows int) *spellingRule {
	return &spellingRule{fields: [2]*spellField{
		newSpellField(roster.School, rows, func(row *roster.Row) (string, string) {
			return tidySpaces(strings.TrimSpace(row.Values[roster.School])), ""
		}),
		newSpellField(roster.Email, rows, emailDomain),
	}}
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
	if !strings.Contains(domain, ".") || strings.ContainsAny(domain, " \t") {
		return "", ""
	}
	return strings.ToLower(domain), address
}

func (s *spellingRule) add(row *roster.Row) {
	for _, f := range s.fields {
		f.add(row)
	}
}

func (s *spellingRule) remove(id roster.RowID) {
	for _, f := range s.fields {
		f.remove(id)
	}
}

func (s *spellingRule) problems(dst []Problem, id roster.RowID) []Problem {
	for _, f := range s.fields {
		dst = f.problem(dst, id)
	}
	return dst
}

func (s *spellingRule) counts() (errors, warnings int) {
	return 0, s.fields[0].flagged + s.fields[1].flagged
}

func (s *spellingRule) severity(id roster.RowID, f roster.Field) (Severity, bool) {
	for _, sf := range s.fields {
		if sf.field == f {
			return Warning, sf.targetOf(id) != ""
		}
	}
	return Warning, false
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
