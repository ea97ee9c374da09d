package sheet

import (
	"io"

	"rosterdesk/internal/xlsxread"
)

// csvScan is what a first pass over a csv file's text learns before any
// row is built, holding no more than a buffer of it: whether its bytes
// are UTF-8 line by line, where a NUL byte is, and whether its cells stay
// within the limits a sheet has, so that a file of millions of cells is
// refused without being held in memory.
type csvScan struct {
	// nonASCII is the first row with a character of several UTF-8 bytes
	// (0 for none); badUTF8 the first row whose bytes are no UTF-8.
	nonASCII, badUTF8 int
	// nul is the first row with a NUL byte, or 0.
	nul int
	// openQuote is the row of a quote that opens a cell and is never
	// closed, or 0; openColumn that cell's column (1 is A); long is set
	// when that cell is longer than a cell may be.
	openQuote, openColumn int
	long                  bool
	// refusal is why the file is refused, at refusalRow and refusalCol.
	refusal                error
	refusalRow, refusalCol int
}

// scanCSV reads text (after any BOM; lines end in \n or \r\n) to its end
// or to the first refusal. The bytes are checked for UTF-8 when utf8 is
// set; the cells are split at delimiter and quotes as Excel splits them,
// as the reading pass does (see csvcells). Where it finds something
// (csvScan) is the row Excel shows, from 1: a line end inside a quoted
// cell starts no row; messages that name a line of the text count them
// from firstLine (after an Excel "sep=" line, 2).
func scanCSV(text io.Reader, delimiter byte, firstLine int) (*csvScan, error) {
	s := &csvScan{}
	l := csvLexer{scan: s, delimiter: delimiter, line: firstLine, row: 1, fieldStart: true}
	v := utf8Lines{}
	// plain marks the bytes that are only a character of a cell:
	// printable ASCII but the quote and the delimiter.
	var plain [256]bool
	for c := 0x20; c < 0x7F; c++ {
		plain[c] = c != '"' && c != int(delimiter)
	}
	buf := make([]byte, 64<<10)
	for s.refusal == nil {
		n, err := text.Read(buf)
		for i := 0; i < n; i++ {
			// Most bytes are printable ASCII inside a cell: a run of
			// them is counted here, without the calls the others take.
			if v.need == 0 && l.recordLine != 0 && !l.afterQuote && l.chars < xlsxread.MaxCellChars {
				j := i
				for j < n && plain[buf[j]] {
					j++
				}
				// Up to the longest a cell may be; the byte past it
				// goes the slow way, and is refused there.
				if take := min(j-i, xlsxread.MaxCellChars-l.chars); take > 0 {
					l.chars += take
					l.fieldStart = false
					if i += take; i == n {
						break
					}
				}
			}
			c := buf[i]
			if c == 0 && s.nul == 0 {
				s.nul = l.row
			}
			v.byte(c, l.row, s)
			l.byte(c)
			if s.refusal != nil {
				break
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if s.refusal == nil {
		l.end()
	}
	return s, nil
}

// utf8Lines checks bytes for UTF-8 one at a time, noting lines.
type utf8Lines struct {
	need   int  // continuation bytes still expected
	lo, hi byte // the range of the next continuation byte
}

func (u *utf8Lines) byte(c byte, line int, s *csvScan) {
	if u.need > 0 {
		if c >= u.lo && c <= u.hi {
			u.need--
			u.lo, u.hi = 0x80, 0xBF
			if u.need == 0 && s.nonASCII == 0 {
				s.nonASCII = line
			}
			return
		}
		u.need = 0
		u.bad(line, s)
	}
	switch {
	case c < 0x80:
	case c >= 0xC2 && c <= 0xDF:
		u.need, u.lo, u.hi = 1, 0x80, 0xBF
	case c == 0xE0:
		u.need, u.lo, u.hi = 2, 0xA0, 0xBF
	case c == 0xED:
		u.need, u.lo, u.hi = 2, 0x80, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		u.need, u.lo, u.hi = 2, 0x80, 0xBF
	case c == 0xF0:
		u.need, u.lo, u.hi = 3, 0x90, 0xBF
	case c >= 0xF1 && c <= 0xF3:
		u.need, u.lo, u.hi = 3, 0x80, 0xBF
	case c == 0xF4:
		u.need, u.lo, u.hi = 3, 0x80, 0x8F
	default:
		u.bad(line, s)
	}
}

func (u *utf8Lines) bad(line int, s *csvScan) {
	if s.badUTF8 == 0 {
		s.badUTF8 = line
	}
}

// csvLexer splits csv bytes into cells and records as Excel does (see
// csvcells), counting them against the sheet's limits.
type csvLexer struct {
	scan      *csvScan
	delimiter byte
	line      int // the line of the byte being read
	// row is the row Excel shows the byte on: a line end inside a
	// quoted cell starts no row.
	row   int
	guard xlsxread.Guard
	// quoted is true inside a quoted cell; afterQuote right after a
	// quote in one (which closes it unless another quote follows),
	// afterQuoteCR after a quote and a CR.
	quoted, afterQuote, afterQuoteCR bool
	fieldStart                       bool
	// long is a quoted cell grown past the longest a cell may be: it is
	// refused where it ends, unless its quote never closes.
	long       bool
	quoteLine  int // the row of the open quote
	col        int // the cell's column, 1 is A
	chars      int // the cell's characters
	recordLine int // the row the record is on, 0 before it starts
	// wide is the most cells a record so far has had.
	wide int
	// quotedLines counts the line ends inside the quoted cell, lineDelims
	// the delimiters on its current line, quotedDelims the most
	// delimiters on one of its lines before that.
	quotedLines, lineDelims, quotedDelims int
}

func (l *csvLexer) byte(c byte) {
	if l.recordLine == 0 {
		l.recordLine, l.col = l.row, 1
		if err := l.guard.Row(l.row); err != nil {
			l.refuse(err, l.row, 0)
			return
		}
	}
	switch {
	case l.afterQuoteCR:
		l.afterQuote, l.afterQuoteCR = false, false
		if !l.closeQuote() {
			return
		}
		if c == '\n' {
			l.endRecord()
			l.line++
			l.row++
			return
		}
		l.byte(c) // the CR was text after the closing quote
	case l.afterQuote:
		l.afterQuote = false
		switch c {
		case '"':
			l.char(c) // "" is a quote
		case '\r':
			l.afterQuote, l.afterQuoteCR = true, true
		default:
			// The quote closes the cell's quoted text; a delimiter or
			// line end ends the cell, other text belongs to it, as in
			// Excel (see csvcells).
			if l.closeQuote() {
				l.byte(c)
			}
		}
	case l.quoted:
		if c == '"' {
			l.afterQuote = true
			return
		}
		l.char(c)
		switch c {
		case '\n':
			// A line end inside a quoted cell starts no row: Excel
			// shows the cell on its record's row.
			l.line++
			l.quotedLines++
			l.quotedDelims = max(l.quotedDelims, l.lineDelims)
			l.lineDelims = 0
		case l.delimiter:
			l.lineDelims++
		}
	case c == l.delimiter:
		l.endField()
	case c == '\n':
		l.endRecord()
		l.line++
		l.row++
	case c == '"' && l.fieldStart:
		l.quoted, l.fieldStart, l.quoteLine = true, false, l.row
		l.quotedLines, l.quotedDelims, l.lineDelims = 0, 0, 0
	default:
		l.fieldStart = false
		if c != '\r' {
			l.char(c)
		}
	}
}

// char counts a byte of the cell's text: UTF-8 continuation bytes are no
// characters of their own.
func (l *csvLexer) char(c byte) {
	l.fieldStart = false
	if c&0xC0 == 0x80 {
		return
	}
	l.chars++
	switch {
	case l.chars <= xlsxread.MaxCellChars:
	case l.quoted:
		l.long = true
	default:
		l.refuseLong(l.row)
	}
}

func (l *csvLexer) refuseLong(line int) {
	l.refuse(xlsxread.Refused("a cell holds more than %d characters, more than Excel allows", xlsxread.MaxCellChars), line, l.col)
}

func (l *csvLexer) endField() {
	if l.long {
		l.refuseLong(l.quoteLine)
		return
	}
	if l.col >= xlsxread.MaxSheetColumn {
		l.refuse(xlsxread.Refused("a line has more than %d cells, more than a sheet may have", xlsxread.MaxSheetColumn), l.recordLine, 0)
		return
	}
	l.count()
	l.col++
	l.chars, l.fieldStart = 0, true
}

func (l *csvLexer) endRecord() {
	if l.long {
		l.refuseLong(l.quoteLine)
		return
	}
	l.count()
	l.wide = max(l.wide, l.col)
	l.chars, l.fieldStart, l.recordLine = 0, true, 0
}

// count puts the cell just ended before the sheet's guard: empty cells
// count towards the cells a sheet may have, not towards data far right.
func (l *csvLexer) count() {
	col := l.col
	if l.chars == 0 {
		col = min(col, xlsxread.FarColumn)
	}
	if err := l.guard.Cell(l.recordLine, col, ""); err != nil {
		row, col := l.guard.Where()
		l.refuse(err, row, col)
	}
}

// end finishes the text: a quote still open is never closed.
func (l *csvLexer) end() {
	if l.afterQuote {
		l.afterQuote, l.afterQuoteCR = false, false
		if !l.closeQuote() {
			return
		}
	}
	if l.quoted {
		l.scan.openQuote, l.scan.openColumn, l.scan.long = l.quoteLine, l.col, l.long
		return
	}
	if l.recordLine != 0 {
		l.endRecord()
	}
}

func (l *csvLexer) refuse(err error, row, col int) {
	l.scan.refusal, l.scan.refusalRow, l.scan.refusalCol = err, row, col
}
