package xlsxread

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
)

// maxSheetRow is the last row a sheet may have (excelize.TotalRows).
const maxSheetRow = 1_048_576

// scanSheet reads a worksheet's rows as excelize's Rows iterator gives
// them with RawCellValue: every row number from 1 to the last row in
// turn, an empty row for each one missing, and number cells in exponent
// form as typed, asking isNumber, as excelizeRows asks excelize, whether a
// cell (column i, 0 is A) is a number cell. It calls row for each row,
// and stops when row returns false. A sheet whose rows or cells are not
// in order is errDisordered, to be read again after placeByReference.
func scanSheet(src *streamPart, sst []string, isNumber numberFunc, row func(cells []string, line int) bool) error {
	return settle(src, scanSheetPiped(src, sst, isNumber, &Guard{}, nil, row))
}

// fastRows is the fast reader's Rows: scanSheet, guarded, its refusals
// placed at their row and column of the file at path; the rows it hides
// go into hidden. late, if not nil, is called when a sheet read through
// a window turns out to have merged ranges that were not known when Rows
// was called (they come after its rows), and Rows then returns
// errMergesLate.
func fastRows(src *streamPart, sst []string, isNumber numberFunc, path string, hidden hiddenLines, late func()) Rows {
	return func(row RowFunc) error {
		var g Guard
		clear(hidden)
		err := settle(src, scanSheetPiped(src, sst, isNumber, &g, hidden, row))
		if err != errDecline && late != nil && src.win != nil {
			if len(src.win.merges()) > 0 {
				late()
				return errMergesLate
			}
		}
		if err != nil && err != errDecline && err != errDisordered {
			r, c := g.Where()
			return RefusalAt(path, r, c, err)
		}
		return err
	}
}

// errMergesLate is fastRows finding merged ranges in a sheet read while it
// was being inflated: the sheet is to be read again, knowing them.
var errMergesLate = errors.New("merged ranges found after the rows")

// settle is a scan's error once the part is all there: a part that
// cannot be inflated, or that has a second sheetData, declines whatever
// the scan found (a decline takes precedence, as when checked first).
func settle(src *streamPart, err error) error {
	sheetData, werr := src.finish()
	if werr != nil || sheetData > 2 {
		return errDecline
	}
	return err
}

// countSheetData is bytes.Count(data, "sheetData"), the count that settle
// asks of every sheet, in one quick pass: it looks for the D, seldom in
// a sheet's markup, rather than the s that nearly every cell has.
func countSheetData(data []byte) int {
	const word, at = "sheetData", 5 // the D of word is word[at]
	n := 0
	for i := at; i < len(data); {
		j := bytes.IndexByte(data[i:], 'D')
		if j < 0 {
			break
		}
		i += j
		if i+len(word)-at <= len(data) && string(data[i-at:i-at+len(word)]) == word {
			n++
		}
		i++
	}
	return n
}

// scanSheetGuarded is scanSheet refusing, through g, a sheet shaped like
// no roster, and a sheet whose markup after its rows is broken; the rows
// the sheet hides go into hidden, when not nil, before row is called. It
// scans src's bytes as they are inflated, each row once it is all there;
// settle says whether the part as a whole is to be read.
func scanSheetGuarded(src *streamPart, sst []string, isNumber numberFunc, g *Guard, hidden hiddenLines,
	row func(cells []string, line int) bool) error {
	x := &xmlScanner{}
	w := newScanWindow(x, src)
	start := w.find(x, []byte("<sheetData"))
	if start < 0 {
		return errDecline
	}
	head := x.s[:start]
	// A row or column style, or markup it does not know, would change
	// what excelize reads; so would a second sheetData (see settle).
	if !wellFormedHead(head) || styledColumns(head) || bytes.Contains(head, []byte("<!")) || zeroHeightDefault(head) {
		return errDecline
	}
	x.p = start
	w.ensure(x)
	var t xmlTag
	if err := x.tag(&t); err != nil || t.name != "sheetData" || t.end {
		return errDecline
	}
	if t.closed {
		return nil
	}
	line, width := 0, 0
	var cells []string
	for {
		w.ensure(x)
		if err := x.tag(&t); err != nil {
			return err
		}
		if t.end && t.name == "sheetData" {
			tail, err := w.rest(x)
			if err != nil || !wellFormedTail(tail) {
				return errDecline
			}
			return nil
		}
		if t.end || t.name != "row" {
			return errDecline
		}
		if _, ok := t.attrBytes("s"); ok {
			return errDecline
		}
		r := line + 1
		if v, ok := t.attrBytes("r"); ok {
			n, err := atoi(v)
			switch {
			case err != nil || n < 1:
				return errDecline
			case n <= line:
				return errDisordered
			}
			if err := g.Row(n); err != nil {
				return err
			}
			r = n
		}
		for line+1 < r {
			line++
			if !row(nil, line) {
				return nil
			}
		}
		line = r
		if v, ok := t.attrBytes("hidden"); ok && hidden != nil && hiddenAttr(string(v)) {
			hidden[r] = true
		}
		if v, ok := t.attrBytes("ht"); ok && hidden != nil && zeroHeightAttr(string(v)) {
			hidden[r] = true
		}
		cells = nil
		if !t.closed {
			var err error
			if cells, err = x.readRowCells(sst, r, isNumber, g, width); err != nil {
				return err
			}
			width = min(len(cells), FarColumn)
		}
		if !row(cells, line) {
			return nil
		}
	}
}

// styledColumns reports whether a column of the sheet has a style other
// than the default one (style="0", as LibreOffice and Gnumeric write).
func styledColumns(head []byte) bool {
	for rest := head; ; {
		i := bytes.Index(rest, []byte("style="))
		if i < 0 {
			return false
		}
		rest = rest[i+len("style="):]
		if !bytes.HasPrefix(rest, []byte(`"0"`)) {
			return true
		}
	}
}

// numberFunc reports whether the cell in column i (0 is A) of a row is a
// number cell, as isNumberCell does.
type numberFunc func(i, line int) (bool, error)

// readRowCells reads the cells of row line after its start tag, through
// its end tag.
//
// width is the length of the row before, which this one likely has too:
// its cells are made at that size, not grown one doubling at a time.
func (x *xmlScanner) readRowCells(sst []string, line int, isNumber numberFunc, g *Guard, width int) ([]string, error) {
	var cells []string
	if width > 0 {
		cells = make([]string, 0, width)
	}
	t := &x.cell // its attributes' slice kept from cell to cell, row to row
	col := 0
	for {
		if !x.cellTag(t) {
			if err := x.tag(t); err != nil {
				return nil, err
			}
		}
		if t.end && t.name == "row" {
			if len(cells) == 0 {
				return nil, nil // a row of empty cells is as a row of none
			}
			return cells, nil
		}
		if t.end || t.name != "c" {
			return nil, errDecline
		}
		if ref, ok := t.attrBytes("r"); ok {
			c, r, ok := refColumn(ref)
			switch {
			case !ok:
				return nil, errDecline
			case c <= col || r != line:
				return nil, errDisordered
			}
			col = c
		} else {
			col++
		}
		val, expo, err := x.readCell(t, sst)
		if err != nil {
			return nil, err
		}
		if err := g.Cell(line, col, val); err != nil {
			return nil, err
		}
		if val != "" {
			// One allocation for a far-away cell, not a doubling series.
			cells = slices.Grow(cells, col-len(cells))
			for len(cells) < col-1 {
				cells = append(cells, "")
			}
			cells = append(cells, val)
		}
		if expo {
			// A number stored as 1.23456789012E+11: excelize's own model
			// of the sheet says whether it is a number cell.
			number, err := isNumber(len(cells)-1, line)
			if err != nil {
				return nil, err
			}
			if number {
				cells[len(cells)-1] = numberAsTyped(val)
			}
		}
	}
}

// refColumn returns the column (1 is A) and row of a cell reference such
// as C12.
func refColumn(ref []byte) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		i++
	}
	if i == 0 || col > 16384 || i == len(ref) || ref[i] == '0' {
		return 0, 0, false
	}
	n, err := atoi(ref[i:])
	if err != nil || n < 1 || n > maxSheetRow || ref[i] == '+' {
		return 0, 0, false
	}
	return col, n, true
}

// wellFormedHead reports whether the part of a worksheet before its
// sheetData is well-formed XML that leaves exactly the worksheet element
// open, in UTF-8: encoding/xml, which excelize uses, would read it to
// the sheetData the same way the fast scanner skips it.
func wellFormedHead(head []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(head))
	var open []string
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return len(open) == 1 && open[0] == "worksheet"
		}
		if err != nil {
			return false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			open = append(open, t.Name.Local)
		case xml.EndElement:
			if len(open) == 0 || open[len(open)-1] != t.Name.Local {
				return false
			}
			open = open[:len(open)-1]
		case xml.ProcInst:
			if t.Target != "xml" || bytes.Contains(bytes.ToLower(t.Inst), []byte("encoding")) &&
				!bytes.Contains(bytes.ToLower(t.Inst), []byte("utf-8")) {
				return false
			}
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return false
			}
		case xml.Comment, xml.Directive:
			return false
		}
	}
}

// wellFormedTail reports whether what follows a worksheet's sheetData is
// well-formed XML that closes the worksheet element and nothing else.
func wellFormedTail(tail []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(tail))
	var open []xml.Name
	closed := false
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return closed
		}
		if err != nil || closed && !isSpaceOrComment(tok) {
			return false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			open = append(open, t.Name)
		case xml.EndElement:
			switch {
			case len(open) == 0:
				closed = t.Name.Local == "worksheet"
				if !closed {
					return false
				}
			case open[len(open)-1] != t.Name:
				return false
			default:
				open = open[:len(open)-1]
			}
		}
	}
}

// isSpaceOrComment reports whether a token may follow the root element.
func isSpaceOrComment(tok xml.Token) bool {
	switch t := tok.(type) {
	case xml.CharData:
		return len(bytes.TrimSpace(t)) == 0
	case xml.Comment, xml.ProcInst:
		return true
	}
	return false
}
