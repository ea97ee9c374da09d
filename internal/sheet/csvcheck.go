package sheet

import (
	"bufio"
	"io"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/xlsxread"
)

// Why the text of a csv file cannot be read.
var (
	// ErrCSVText is a csv file whose bytes are not text of one encoding:
	// lines of UTF-8 and lines of another, or NUL bytes. The message says
	// which, on which line.
	ErrCSVText error = &i18n.Error{Message: i18n.T("the text of the file cannot be read")}

	errMixedEncoding error = &i18n.Error{Kinds: []error{ErrCSVText},
		Message: i18n.T("this line is not UTF-8 text, though other lines are: the file mixes two encodings; open it in the program that made it and save it again as UTF-8 csv")}
	errNUL error = &i18n.Error{Kinds: []error{ErrCSVText},
		Message: i18n.T("this line holds a NUL character (byte 0), which no csv text has: the file is damaged or only partly text; save it again as csv")}
)

// checkCSV reads the file once without building rows (scanCSV): it
// refuses text that holds NUL bytes, mixes UTF-8 with another encoding or
// goes past the limits of a sheet, and settles the encoding of a file of
// single bytes: UTF-8 when its bytes are, else Windows-1252, or Mac Roman
// where the text says so (macRomanText).
func checkCSV(src *csvSource, path string, delimiter rune, skip int) (*csvScan, error) {
	text, err := src.open(nil)
	if err != nil {
		return nil, fileError(path, osReason(err))
	}
	scan, err := scanCSV(skipLines(text, skip), byte(delimiter), 1+skip)
	if err != nil {
		return nil, fileError(path, xlsxread.Damaged(err))
	}
	eightBit := src.utf16 == nil
	switch {
	case scan.nul > 0:
		return nil, &FileError{Path: path, Row: scan.nul, Err: errNUL}
	case eightBit && scan.badUTF8 > 0 && scan.nonASCII > 0:
		return nil, &FileError{Path: path, Row: scan.badUTF8, Err: errMixedEncoding}
	case scan.refusal != nil:
		return nil, xlsxread.RefusalAt(path, scan.refusalRow, scan.refusalCol, scan.refusal)
	case scan.openQuote > 0 && scan.long:
		// The cell that never closes is too long to be read for its
		// column's name.
		return nil, &FileError{Path: path, Row: scan.openQuote, Column: xlsxread.ColumnLetter(scan.openColumn - 1), Err: errOpenQuote}
	}
	if eightBit && src.encoding == "" {
		src.encoding = "UTF-8"
		switch {
		case scan.badUTF8 > 0 && macRomanText([]byte(src.head), src.crOnly):
			src.encoding = encodingMacRoman
		case scan.badUTF8 > 0:
			src.encoding = "Windows-1252"
		}
	}
	return scan, nil
}

// skipLines returns text after its first n lines.
func skipLines(text io.Reader, n int) io.Reader {
	if n == 0 {
		return text
	}
	br := bufio.NewReader(text)
	for range n {
		if _, err := br.ReadSlice('\n'); err == bufio.ErrBufferFull {
			// A first line longer than the buffer is no "sep=" line;
			// ReadString reads the rest of it.
			if _, err := br.ReadString('\n'); err != nil {
				break
			}
		}
	}
	return br
}
