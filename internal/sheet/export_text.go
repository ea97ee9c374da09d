package sheet

import (
	"strings"
	"unicode/utf16"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/xlsxread"
	"rosterdesk/internal/xlsxwrite"
)

// cellText returns v as a spreadsheet cell can hold it: without the
// control characters that an xlsx file (XML) cannot carry, that is every
// character below U+0020 but tab, line feed and carriage return. A value
// imported from a csv or typed with such a character would otherwise
// make every save fail its read-back.
func cellText(v string) string {
	if strings.IndexFunc(v, badCellRune) < 0 {
		return v
	}
	return strings.Map(func(r rune) rune {
		if badCellRune(r) {
			return -1
		}
		return r
	}, v)
}

func badCellRune(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF
}

// checkCellLengths says which value, if any, is longer than a cell can
// hold (the writer would refuse it with less to say).
func checkCellLengths(records [][]string) error {
	for i, rec := range records {
		for j, v := range rec {
			if len(v) > xlsxwrite.MaxCellChars && len(utf16.Encode([]rune(v))) > xlsxwrite.MaxCellChars {
				return &i18n.Error{Message: i18n.T("row %d, column %s: the value is longer than the %d characters a spreadsheet cell can hold",
					i+1, recordColumn(records, j), xlsxwrite.MaxCellChars)}
			}
		}
	}
	return nil
}

// recordColumn names column j by its header, or by its letter.
func recordColumn(records [][]string, j int) string {
	if len(records) > 0 && j < len(records[0]) && records[0][j] != "" {
		return records[0][j]
	}
	return xlsxread.ColumnLetter(j)
}
