// Package csvcells splits csv text into the cells Excel reads: it is
// encoding/csv with LazyQuotes, fed through a rewrite of the one place
// where the two differ (text after a closing quote). The roster import
// (internal/sheet) and the school-data reader (internal/schooldata) read
// their csv files through it, so that a cell such as `"Nan" Anna` is the
// same cell in both.
package csvcells

import (
	"encoding/csv"
	"io"
)

// Reader is a csv.Reader of the cells Excel reads.
type Reader struct {
	*csv.Reader
	quotes *excelQuotes
}

// NewReader reads csv text separated by delimiter into the cells Excel
// reads (see excelQuotes), records of any length. A line end inside a
// quoted cell stays in the cell: callers that take cells of one line
// refuse them.
func NewReader(text io.Reader, delimiter rune) Reader {
	q := newExcelQuotes(text, byte(delimiter))
	cr := csv.NewReader(q)
	cr.Comma = delimiter
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	return Reader{Reader: cr, quotes: q}
}

// OpenQuote reports, once Read has returned io.EOF, whether the text
// ended inside a quoted cell: a quote that was never closed, which took
// the rest of the text into the last cell.
func (r Reader) OpenQuote() bool { return r.quotes.open }

// excelQuotes rewrites csv text so that encoding/csv (with LazyQuotes)
// splits it into the cells Excel does. The two differ in one place: text
// after the closing quote of a quoted cell, as in `"Nan" Anna;Berg`.
// Excel (and Python's csv module) closes the quote there and reads the
// rest up to the delimiter as plain text, so the cell is `Nan Anna`;
// LazyQuotes instead takes that quote as text and keeps the cell open,
// which swallows the following lines up to the next quote into one cell
// and loses their rows. (LibreOffice keeps the quotes, `"Nan" Anna`; it
// too reads one row per line.)
//
// The rewrite keeps such a cell quoted to its end: the closing quote is
// dropped, quotes in the text after it are doubled, and the quote is
// closed before the delimiter or line end that ends the cell. No line
// end is added or removed, so line numbers stay those of the file. The
// check pass (csvLexer) splits cells the same way.
type excelQuotes struct {
	in        io.Reader
	delimiter byte
	state     quoteState
	buf       []byte // bytes read from in
	out       []byte // rewritten bytes not yet returned
	outBuf    []byte // where out is written
	err       error  // in's error, once it has one
	// open says the text ended inside a quoted cell.
	open bool
}

// quoteState is where in a cell excelQuotes is.
type quoteState int

const (
	qsCellStart    quoteState = iota // at the start of a cell
	qsPlainCell                      // in a cell that does not start with a quote
	qsQuotedCell                     // inside a quoted cell
	qsAfterQuote                     // right after a quote in a quoted cell
	qsAfterQuoteCR                   // after a quote and a CR
	qsTail                           // in text after a closing quote
	qsTailCR                         // in that text, after a CR
)

func newExcelQuotes(text io.Reader, delimiter byte) *excelQuotes {
	return &excelQuotes{in: text, delimiter: delimiter, buf: make([]byte, 32<<10)}
}

func (q *excelQuotes) Read(p []byte) (int, error) {
	for len(q.out) == 0 {
		if q.err != nil {
			return 0, q.err
		}
		n, err := q.in.Read(q.buf)
		q.rewrite(q.buf[:n])
		if err != nil {
			q.err = err
			q.end()
		}
	}
	n := copy(p, q.out)
	q.out = q.out[n:]
	return n, nil
}

// rewrite rewrites a piece of the text into out.
func (q *excelQuotes) rewrite(b []byte) {
	q.out = q.outBuf[:0]
	defer func() { q.outBuf = q.out }()
	for i := 0; i < len(b); i++ {
		// Most bytes are text inside a cell, copied as they are.
		if q.state == qsPlainCell || q.state == qsQuotedCell {
			j := i
			for j < len(b) && !q.special(b[j]) {
				j++
			}
			q.out = append(q.out, b[i:j]...)
			if i = j; i == len(b) {
				break
			}
		}
		q.byte(b[i])
	}
}

// special is a byte that may change the state: a quote, the delimiter or
// a line end.
func (q *excelQuotes) special(c byte) bool {
	return c == '"' || c == q.delimiter || c == '\n' || c == '\r'
}

// byte rewrites one byte of the text.
func (q *excelQuotes) byte(c byte) {
	switch q.state {
	case qsCellStart, qsPlainCell:
		switch {
		case c == q.delimiter || c == '\n':
			q.state = qsCellStart
		case c == '"' && q.state == qsCellStart:
			q.state = qsQuotedCell
		default:
			q.state = qsPlainCell
		}
		q.out = append(q.out, c)
	case qsQuotedCell:
		if c == '"' {
			q.state = qsAfterQuote
			return
		}
		q.out = append(q.out, c)
	case qsAfterQuote:
		switch c {
		case '"':
			q.out, q.state = append(q.out, '"', '"'), qsQuotedCell
		case '\r':
			q.state = qsAfterQuoteCR
		default:
			q.state = qsTail
			q.byte(c)
		}
	case qsAfterQuoteCR, qsTailCR:
		if c == '\n' {
			q.out, q.state = append(q.out, '"', '\r', '\n'), qsCellStart
			return
		}
		// A CR alone is text of the cell.
		q.out, q.state = append(q.out, '\r'), qsTail
		q.byte(c)
	case qsTail:
		switch c {
		case q.delimiter, '\n':
			q.out, q.state = append(q.out, '"', c), qsCellStart
		case '\r':
			q.state = qsTailCR
		case '"':
			q.out = append(q.out, '"', '"')
		default:
			q.out = append(q.out, c)
		}
	}
}

// end closes a cell the text ends in after its closing quote, and notes
// one whose quote never closed.
func (q *excelQuotes) end() {
	switch q.state {
	case qsQuotedCell:
		q.open = true
	case qsAfterQuote, qsTail:
		q.out = append(q.out, '"')
	case qsAfterQuoteCR, qsTailCR:
		q.out = append(q.out, '"', '\r')
	}
	q.state = qsCellStart
}
