package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"

	"rosterdesk/internal/csvcells"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/xlsxread"
)

// ReadCSV reads a roster from csv text: comma, semicolon or tab
// separated; UTF-8 with or without BOM, UTF-16 with or without BOM, or
// Windows-1252; lines ending in LF, CRLF or a lone CR. The header need not
// be on the first line. A reader that cannot seek is read into memory
// first; a file is read as a stream, twice (see csvSource).
func ReadCSV(r io.Reader, path string) (*Import, error) { return sealed(readCSV(r, path, nil)) }

// readCSV is ReadCSV with the user's mappings.
func readCSV(r io.Reader, path string, maps []ColumnMap) (*Import, error) {
	rs, ok := r.(io.ReadSeeker)
	if !ok {
		data, err := io.ReadAll(io.LimitReader(r, xlsxread.MaxFileSize+1))
		if err != nil {
			return nil, fileError(path, osReason(err))
		}
		rs = bytes.NewReader(data)
	}
	size, err := rs.Seek(0, io.SeekEnd)
	if err == nil {
		_, err = rs.Seek(0, io.SeekStart)
	}
	switch {
	case err != nil:
		return nil, fileError(path, osReason(err))
	case size > xlsxread.MaxFileSize:
		return nil, fileError(path, ErrTooLarge)
	case size == 0:
		return nil, fileError(path, ErrEmpty)
	}
	src, err := newCSVSource(rs)
	if err != nil {
		return nil, fileError(path, osReason(err))
	}
	imp := &Import{Path: path, Format: "csv", maps: maps}
	// Excel writes "sep=;" on the first line when asked to name the
	// delimiter, and does not show that line: rows are numbered after it.
	skip := 0
	if d, _, ok := sepLine(src.head); ok {
		imp.Delimiter, skip = d, 1
		imp.notice(NoticeSepLine, i18n.T("the first line, %q, names the delimiter for Excel, which does not show it: row numbers are those Excel shows (in LibreOffice, one more)", strings.TrimRight(strings.SplitN(src.head, "\n", 2)[0], "\r")))
	} else {
		imp.Delimiter = detectDelimiter(src.head)
	}
	scan, err := checkCSV(src, path, imp.Delimiter, skip)
	if err != nil {
		return nil, err
	}
	imp.Encoding = src.encoding
	text, err := src.open(src.decoder())
	if err != nil {
		return nil, fileError(path, osReason(err))
	}
	if err := readRecords(imp, skipLines(text, skip), scan.openQuote); err != nil {
		return nil, err
	}
	imp.noteFormulaText()
	imp.finishNotices()
	return imp, nil
}

// NoticeSepLine is the code of the notice that a csv's first line is
// Excel's "sep=;", which Excel does not show and the row numbers skip.
const NoticeSepLine = "csv_sep_line"

// sepLine reads an Excel "sep=X" first line and returns the delimiter it
// names and the text after it.
func sepLine(text string) (rune, string, bool) {
	first, rest, _ := strings.Cut(text, "\n")
	first = strings.TrimRight(first, "\r")
	if len(first) != 5 || !strings.EqualFold(first[:4], "sep=") {
		return 0, "", false
	}
	switch d := rune(first[4]); d {
	case ',', ';', '\t':
		return d, rest, true
	}
	return 0, "", false
}

// readRecords finds the header among the first records and reads the
// rest. openQuote is the row of a quote that is never closed (0: none),
// as checkCSV found it. Each record is numbered by the row Excel shows it
// on: its first line, less the line ends inside quoted cells before it
// (a note of two lines is one row in Excel).
func readRecords(imp *Import, text io.Reader, openQuote int) error {
	cr := newCSVReader(text, imp.Delimiter)
	var head []headRecord
	var b *rowBuilder
	inCells := 0 // line ends inside the cells of the records read
	for {
		record, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return csvError(imp.Path, err, inCells)
		}
		line, _ := cr.FieldPos(0)
		line -= inCells
		for _, cell := range record {
			inCells += strings.Count(cell, "\n")
		}
		imp.unwrapFormulaText(record)
		last := len(record) - 1
		if openQuote > 0 && line == openQuote {
			// LazyQuotes lets a quote that is never closed swallow the
			// rest of the file into one cell: say so rather than read it.
			var names []string
			if b != nil {
				names = b.layout.names
			} else if i, l := chooseHeader(head, imp.maps); i >= 0 {
				names = l.names
			}
			return &FileError{Path: imp.Path, Row: openQuote, Column: columnName(names, last),
				Err: errOpenQuote}
		}
		if b != nil {
			b.add(record, line)
			continue
		}
		head = append(head, headRecord{record, line})
		if len(head) < headerScanRows {
			continue
		}
		if b = startRows(imp, head, nil, nil, nil); b == nil {
			return fileError(imp.Path, noHeader(i18n.T("the first %d lines", headerScanRows)))
		}
	}
	if b == nil && startRows(imp, head, nil, nil, nil) == nil {
		return fileError(imp.Path, noHeader(i18n.T("the file")))
	}
	return nil
}

var errOpenQuote error = &i18n.Error{Message: i18n.T(`a quote (") opened here is never closed, so the rest of the file would be one cell`)}

// csvError turns a parse error into a FileError with the user's line.
// inCells is the number of line ends inside the cells before it.
func csvError(path string, err error, inCells int) error {
	if pe, ok := errors.AsType[*csv.ParseError](err); ok {
		return &FileError{Path: path, Row: pe.StartLine - inCells,
			Err: i18n.NewError(i18n.T("the line cannot be read: a quote (\") is out of place"), pe)}
	}
	return fileError(path, err)
}

// newCSVReader reads csv text into the cells Excel reads (see
// csvcells).
func newCSVReader(text io.Reader, delimiter rune) *csv.Reader {
	return csvcells.NewReader(text, delimiter).Reader
}
