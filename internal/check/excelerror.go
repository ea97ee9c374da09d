package check

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// excelErrorProblems finds each field of the row that holds an Excel
// error instead of a value: a formula's error (#N/A where a lookup found
// nothing, #DIV/0!), as the file stores it, or the same text pasted as a
// value, in Excel's English, Swedish or Finnish (#SAKNAS!, #PUUTTUU!).
// The upload file would carry the error as the value.
func excelErrorProblems(dst []Problem, row *roster.Row) []Problem {
	for _, f := range roster.Fields {
		if e, ok := excelError(row.Values[f]); ok {
			dst = append(dst, Problem{Row: row.ID, Field: f, Severity: CodeExcelError.Severity(), Code: CodeExcelError,
				Message: i18n.T("the cell shows the Excel error %s, not a value: correct the formula in Excel, or type the value in", e)})
		}
	}
	return dst
}

// excelErrors are Excel's error values in English, Swedish and Finnish,
// upper case.
var excelErrors = map[string]bool{
	"#NULL!": true, "#DIV/0!": true, "#VALUE!": true, "#REF!": true, "#NAME?": true, "#NUM!": true, "#N/A": true,
	"#GETTING_DATA": true, "#SPILL!": true, "#CALC!": true, "#FIELD!": true, "#BLOCKED!": true, "#CONNECT!": true,
	"#BUSY!": true, "#UNKNOWN!": true,
	"#SKÄRNING!": true, "#DIVISION/0!": true, "#VÄRDEFEL!": true, "#REFERENS!": true, "#NAMN?": true,
	"#OGILTIGT!": true, "#SAKNAS!": true, "#HÄMTAR_DATA": true, "#BERÄKNA!": true, "#FÄLT!": true,
	"#TYHJÄ!": true, "#JAKO/0!": true, "#ARVO!": true, "#VIITTAUS!": true, "#NIMI?": true, "#LUKU!": true,
	"#PUUTTUU!": true, "#HAETAAN_TIETOJA": true, "#LEVIÄMINEN!": true, "#LASKENTA!": true, "#KENTTÄ!": true,
}

// excelError reports whether v, trimmed, is an Excel error value, in any
// case, or LibreOffice's Err:502, and returns it trimmed.
func excelError(v string) (string, bool) {
	v = strings.TrimSpace(v)
	switch {
	case v == "":
		return "", false
	case v[0] == '#' && excelErrors[strings.ToUpper(v)]:
		return v, true
	case strings.HasPrefix(v, "Err:") && len(v) == 7 && digitsAt(v, 4) == 3:
		return v, true
	}
	return "", false
}
