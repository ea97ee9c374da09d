package sheet

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"

	"rosterdesk/internal/i18n"
)

// ReadCSV reads a roster from csv text: comma, semicolon or tab
// separated; UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252.
// The header need not be on the first line.
func ReadCSV(r io.Reader, path string) (*Import, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return nil, fileError(path, osReason(err))
	}
	if len(data) > maxFileSize {
		return nil, fileError(path, errTooLarge)
	}
	if len(data) == 0 {
		return nil, fileError(path, ErrEmpty)
	}
	text, encoding, err := decodeText(data)
	if err != nil {
		return nil, fileError(path, damaged(err))
	}
	imp := &Import{Path: path, Format: "csv", Encoding: encoding}
	// Excel writes "sep=;" on the first line when asked to name the
	// delimiter; that line still counts for line numbers.
	lineOffset := 0
	if d, rest, ok := sepLine(text); ok {
		imp.Delimiter, text, lineOffset = d, rest, 1
	} else {
		imp.Delimiter = detectDelimiter(text)
	}
	if err := readRecords(imp, text, lineOffset); err != nil {
		return nil, err
	}
	return imp, nil
}

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

// readRecords finds the header among the first records and reads the rest.
func readRecords(imp *Import, text string, lineOffset int) error {
	cr := newCSVReader(text, imp.Delimiter)
	var head []headRecord
	var b *rowBuilder
	for {
		start := cr.InputOffset()
		record, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return csvError(imp.Path, err, lineOffset)
		}
		line, _ := cr.FieldPos(0)
		line += lineOffset
		if cr.InputOffset() == int64(len(text)) && openQuote(text[start:], imp.Delimiter) {
			// LazyQuotes lets a quote that is never closed swallow the
			// rest of the file into one cell: say so rather than read it.
			last := len(record) - 1
			qline, _ := cr.FieldPos(last)
			var names []string
			if b != nil {
				names = b.layout.names
			} else if i, l := chooseHeader(head); i >= 0 {
				names = l.names
			}
			return &FileError{Path: imp.Path, Row: qline + lineOffset, Column: columnName(names, last),
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
		if b = startRows(imp, head, nil); b == nil {
			return fileError(imp.Path, &noHeader{i18n.T("the first %d lines", headerScanRows)})
		}
	}
	if b == nil && startRows(imp, head, nil) == nil {
		return fileError(imp.Path, &noHeader{i18n.T("the file")})
	}
	return nil
}

var errOpenQuote error = &textError{text: i18n.T(`a quote (") opened here is never closed, so the rest of the file would be one cell`)}

// openQuote reports whether the csv text of the last record ends inside a
// quoted field, reading quotes as encoding/csv does with LazyQuotes: a
// field is quoted when it starts with a quote, "" inside it is a quote,
// and a quote ends it only before the delimiter, a line end (\n or
// \r\n) or the end of the text. The delimiter is one byte (',', ';' or tab).
func openQuote(raw string, delimiter rune) bool {
	d := byte(delimiter)
	quoted, fieldStart := false, true
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if quoted {
			if c != '"' {
				continue
			}
			if i+1 < len(raw) && raw[i+1] == '"' {
				i++ // an escaped quote
				continue
			}
			rest := raw[i+1:]
			if rest == "" || rest[0] == d || rest[0] == '\n' || rest == "\r" || strings.HasPrefix(rest, "\r\n") {
				quoted = false
			}
			continue
		}
		if fieldStart && c == '"' {
			quoted, fieldStart = true, false
			continue
		}
		fieldStart = c == d || c == '\n'
	}
	return quoted
}

// csvError turns a parse error into a FileError with the user's line.
func csvError(path string, err error, lineOffset int) error {
	if pe, ok := errors.AsType[*csv.ParseError](err); ok {
		return &FileError{Path: path, Row: pe.StartLine + lineOffset,
			Err: &textError{text: i18n.T("the line cannot be read: a quote (\") is out of place"), detail: pe}}
	}
	return fileError(path, err)
}

func newCSVReader(text string, delimiter rune) *csv.Reader {
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = delimiter
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	return cr
}
