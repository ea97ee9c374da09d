package sheet

import "rosterdesk/internal/i18n"

// quotedCellMaxLines is the most lines a quoted cell may span: a cell of
// a roster holds a name or an address, and a quote that opens by mistake
// (`"Nan Anna;…`) runs on over the lines after it up to the next quote.
const quotedCellMaxLines = 10

// closeQuote ends the quoted text of a cell at its closing quote. A
// quoted cell that spans lines is refused when one of its lines holds as
// many delimiters as a whole record, or when it spans more lines than a
// cell of a roster would: its quote has joined rows into one cell.
// closeQuote reports whether the cell was accepted.
func (l *csvLexer) closeQuote() bool {
	l.quoted, l.fieldStart = false, false
	if l.quotedLines == 0 {
		return true
	}
	delims := max(l.quotedDelims, l.lineDelims)
	switch {
	case l.wide >= 3 && delims >= l.wide-1:
		l.refuse(&i18n.Error{Message: i18n.T(`a quote (") opened here closes only on line %d, so the lines up to there, which look like whole rows, would be one cell: check the quotes on this line`, l.line)}, l.quoteLine, l.col)
	case l.quotedLines >= quotedCellMaxLines:
		l.refuse(&i18n.Error{Message: i18n.T(`a quote (") opened here closes only on line %d, so %d lines would be one cell: check the quotes on this line`, l.line, l.quotedLines+1)}, l.quoteLine, l.col)
	default:
		return true
	}
	return false
}
