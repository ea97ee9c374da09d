package sheet

import (
	"regexp"
	"strings"

	"rosterdesk/internal/i18n"
)

// NoticeFooter is the code of the notice that a line in the data is a
// count or sum line ("Antal elever: 20"), as a school system writes under
// its list, and was not read as a person.
const NoticeFooter = "footer_line"

// footerPattern is a count or sum line's text: a word that counts
// (Antal, Summa, Totalt, Yhteensä, Total, Count) first, and a number.
var footerPattern = regexp.MustCompile(`(?i)^(antal|summa|totalt|total|sum|count|yhteensä|lukumäärä|määrä)(?:[\s:.=]|$)[^@]*\d`)

// footerLine reports whether the record cells is a count or sum line:
// one or two filled cells, which together read as footerPattern says
// ("Antal elever: 20", or "Antal elever" | "20"). Such a line is no
// person (tester A16: it was read as one, with five errors).
func footerLine(cells []string) (string, bool) {
	// A list's rows fill more than two cells: they are passed over
	// without a copy.
	var filled [2]string
	n := 0
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			if n == len(filled) {
				return "", false
			}
			filled[n] = c
			n++
		}
	}
	if n == 0 {
		return "", false
	}
	text := strings.Join(filled[:n], " ")
	return text, footerPattern.MatchString(text)
}

// skipFooter says in a notice that line, a count or sum line, was not
// read as a person.
func (b *rowBuilder) skipFooter(text string, line int) {
	if len([]rune(text)) > 40 {
		text = string([]rune(text)[:40]) + "…"
	}
	b.imp.notice(NoticeFooter, i18n.T("row %d, %q, is a count or sum line, not a person: it was not read", line, text))
}
