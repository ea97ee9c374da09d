package sheet

import (
	"strings"

	"rosterdesk/internal/i18n"
)

// NoticeFormulaText is the code of the notice that csv cells written as
// ="…" were read as the text inside, as Excel reads them.
const NoticeFormulaText = "csv_formula_text"

// formulaText returns the text of a csv cell written ="…", the idiom
// school systems use so that Excel keeps an id's leading zeros or a class
// that looks like a date (="001206", ="9/1"): Excel opens the cell as the
// formula's text, 001206. Quotes inside are doubled, as in a formula. ok
// is false for any other cell, which is kept as it is.
func formulaText(cell string) (text string, ok bool) {
	inner, found := strings.CutPrefix(strings.TrimSpace(cell), `="`)
	if !found || !strings.HasSuffix(inner, `"`) {
		return "", false
	}
	inner = inner[:len(inner)-1]
	if strings.Count(inner, `"`) != 2*strings.Count(inner, `""`) {
		return "", false // a quote that is not doubled: more than one string
	}
	return strings.ReplaceAll(inner, `""`, `"`), true
}

// unwrapFormulaText replaces every ="…" cell of a csv record with its
// text, counting them for the source's notice.
func (imp *Import) unwrapFormulaText(record []string) {
	for i, cell := range record {
		if text, ok := formulaText(cell); ok {
			record[i] = text
			imp.formulaTexts++
		}
	}
}

// noteFormulaText says, in one notice, how many ="…" cells were read as
// their text.
func (imp *Import) noteFormulaText() {
	if imp.formulaTexts == 0 {
		return
	}
	message := i18n.T(`read %d cells written ="…" as the text inside, as Excel shows them`, imp.formulaTexts)
	if imp.formulaTexts == 1 {
		message = i18n.T(`read %d cell written ="…" as the text inside, as Excel shows it`, imp.formulaTexts)
	}
	imp.Notices = append(imp.Notices, Notice{File: imp.Path, Code: NoticeFormulaText, Message: message})
}
