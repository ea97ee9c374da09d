package xlsxread

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"slices"
	"strconv"
)

// errUnplaceable is a sheet whose rows or cells cannot be placed by
// their references.
var errUnplaceable = damagedBecause("the file is damaged: a row or cell reference in it cannot be read")

// errDisordered is a reader meeting a sheet whose rows or cells are not
// in order (a row number again or going back, a cell left of the one
// before it or naming another row): it is read again after
// placeByReference.
var errDisordered = errors.New("rows or cells out of order")

// placedCell is one cell element of a sheet, where its reference puts
// it; small, as a sheet may have millions.
type placedCell struct {
	row, col, seq int32
	// start and end are where the element's markup lies in the sheet.
	start, end uint32
	hasRef     bool
}

// placeByReference rewrites a worksheet so that its rows come in order of
// their numbers and each row's cells in order of their columns, every
// cell where its reference (r="C4") puts it, as Excel and openpyxl place
// them: a cell without a reference follows the cell before it, a row
// without a number follows the row before it (ECMA-376 part 1, 18.3.1.4
// and 18.3.1.73). Of two cells with one reference the last is kept, as
// Excel and openpyxl keep it; two row elements with one number become one
// row. The markup around sheetData is kept as it is. Both readers read
// the sheet rewritten so in the order they read fast; nothing else of it
// changes.
func placeByReference(data []byte) ([]byte, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	var (
		depth            int
		headEnd, tailAt  int64 = -1, -1
		rowName          xml.Name
		rowAttrs         = map[int][]xml.Attr{}
		cells            []placedCell
		row, col         int
		inSheetData      bool
		guard            Guard
		open             []xml.Name // the elements open, to match end tags
		sawRow, sawCells bool
	)
	for {
		off := d.InputOffset()
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, Damaged(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			open = append(open, t.Name)
			switch {
			case depth == 2 && t.Name.Local == "sheetData" && headEnd < 0:
				inSheetData, headEnd = true, d.InputOffset()
			case depth == 3 && inSheetData && t.Name.Local == "row":
				row, col = nextRowNumber(row, attrValue(t.Attr, "r"))
				if row < 0 {
					return nil, errUnplaceable
				}
				rowName, sawRow = t.Name, true
				if kept := rowAttributes(t.Attr); len(kept) > 0 || rowAttrs[row] == nil {
					rowAttrs[row] = kept
				}
			case depth == 4 && inSheetData && t.Name.Local == "c":
				cellRow, cellCol, hasRef := row, col+1, false
				if ref := attrValue(t.Attr, "r"); ref != "" {
					var ok bool
					if cellCol, cellRow, ok = refColumn([]byte(ref)); !ok {
						return nil, errUnplaceable
					}
					hasRef = true
				}
				// The sheet's cells are held, so they are bounded first.
				if err := guard.Cell(cellRow, cellCol, ""); err != nil {
					return nil, err
				}
				col = cellCol
				if err := skipElement(d, t.Name); err != nil {
					return nil, err
				}
				depth--
				open = open[:len(open)-1]
				cells = append(cells, placedCell{row: int32(cellRow), col: int32(cellCol), seq: int32(len(cells)),
					start: uint32(off), end: uint32(d.InputOffset()), hasRef: hasRef})
				sawCells = true
			}
		case xml.EndElement:
			// RawToken does not match end tags with start tags.
			if len(open) == 0 || open[len(open)-1] != t.Name {
				return nil, errMismatchedTag
			}
			open = open[:len(open)-1]
			if depth == 2 && inSheetData && t.Name.Local == "sheetData" {
				inSheetData, tailAt = false, off
			}
			depth--
		}
	}
	switch {
	case len(open) > 0 || headEnd >= 0 && tailAt < 0:
		return nil, errPartEndsEarly
	case headEnd < 0 || !sawRow && !sawCells || len(data) > math.MaxUint32:
		return data, nil
	}
	return writePlaced(data, headEnd, tailAt, rowName, rowAttrs, cells), nil
}

// nextRowNumber is the number of a row element whose r is ref, after row
// prev; -1 when ref is not a row number. The column count starts again.
func nextRowNumber(prev int, ref string) (row, col int) {
	if ref == "" {
		return prev + 1, 0
	}
	n, err := strconv.Atoi(ref)
	if err != nil || n < 1 || n > maxSheetRow || ref[0] == '+' {
		return -1, 0
	}
	return n, 0
}

// rowAttributes are a row element's attributes but its number and its
// span of columns, which placing may change.
func rowAttributes(attrs []xml.Attr) []xml.Attr {
	var kept []xml.Attr
	for _, a := range attrs {
		if a.Name.Space == "" && (a.Name.Local == "r" || a.Name.Local == "spans") {
			continue
		}
		kept = append(kept, a)
	}
	return kept
}

// skipElement reads through the end of the element just started, named
// name.
func skipElement(d *xml.Decoder, name xml.Name) error {
	open := []xml.Name{name}
	for len(open) > 0 {
		tok, err := d.RawToken()
		if err != nil {
			return Damaged(cmp.Or(err, io.ErrUnexpectedEOF))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			open = append(open, t.Name)
		case xml.EndElement:
			if open[len(open)-1] != t.Name {
				return errMismatchedTag
			}
			open = open[:len(open)-1]
		}
	}
	return nil
}

// writePlaced writes the sheet with its cells in order between head and
// tail, the last of two cells with one reference kept.
func writePlaced(data []byte, headEnd, tailAt int64, rowName xml.Name, rowAttrs map[int][]xml.Attr, cells []placedCell) []byte {
	head, tail := data[:headEnd], data[tailAt:]
	slices.SortFunc(cells, func(a, b placedCell) int {
		return cmp.Or(cmp.Compare(a.row, b.row), cmp.Compare(a.col, b.col), cmp.Compare(a.seq, b.seq))
	})
	rows := make([]int, 0, len(rowAttrs))
	for r := range rowAttrs {
		rows = append(rows, r)
	}
	for _, c := range cells {
		rows = append(rows, int(c.row))
	}
	slices.Sort(rows)
	rows = slices.Compact(rows)
	name := rowName.Local
	if rowName.Space != "" {
		name = rowName.Space + ":" + name
	}
	out := bytes.NewBuffer(make([]byte, 0, len(head)+len(tail)+len(cells)*64))
	out.Write(head)
	i := 0
	for _, r := range rows {
		out.WriteString("<" + name + ` r="` + strconv.Itoa(r) + `"`)
		for _, a := range rowAttrs[r] {
			out.WriteByte(' ')
			if a.Name.Space != "" {
				out.WriteString(a.Name.Space + ":")
			}
			out.WriteString(a.Name.Local + `="`)
			xml.EscapeText(out, []byte(a.Value))
			out.WriteByte('"')
		}
		out.WriteByte('>')
		for ; i < len(cells) && int(cells[i].row) == r; i++ {
			c := cells[i]
			if i+1 < len(cells) && int(cells[i+1].row) == r && cells[i+1].col == c.col {
				continue // a later cell takes this place
			}
			writeCell(out, c, data[c.start:c.end])
		}
		out.WriteString("</" + name + ">")
	}
	out.Write(tail)
	return out.Bytes()
}

// writeCell writes a cell's markup, with its reference added when the
// file gave it none.
func writeCell(out *bytes.Buffer, c placedCell, raw []byte) {
	if c.hasRef {
		out.Write(raw)
		return
	}
	n := 1
	for n < len(raw) && !isSpaceByte(raw[n], takeCR) && raw[n] != '/' && raw[n] != '>' {
		n++
	}
	out.Write(raw[:n])
	out.WriteString(` r="` + ColumnLetter(int(c.col)-1) + strconv.Itoa(int(c.row)) + `"`)
	out.Write(raw[n:])
}
