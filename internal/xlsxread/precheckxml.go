package xlsxread

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"golang.org/x/net/html/charset"
)

// checkWorkbookXML streams every XML part of a workbook through a strict
// parser before excelize reads it. excelize's row iterator stops quietly
// at broken XML, which would give a shorter list; here broken XML, an
// undefined entity, a mismatched or unclosed tag and a shared-string
// index the file does not have are damage, and sheets shaped like no
// roster are refused (see Guard). Errors name the row and column
// where they apply. It says what excelize's row iterator does not: which
// worksheets have rows or cells out of order, which cells hold a formula
// without a calculated value, and which number cells show other text
// than their value (see partsChecked).
func checkWorkbookXML(zr *zip.Reader, path string) (partsChecked, error) {
	return checkParts(zr, path, nil, -1, readNumberFormats(zr))
}

// partsChecked is what checking a workbook's parts found besides damage.
type partsChecked struct {
	// disordered says a worksheet has rows or cells out of order, which
	// excelize's row iterator would misplace.
	disordered bool
	// uncached holds, by worksheet part, the cells with a formula but no
	// calculated value (see uncachedCells).
	uncached map[string]uncachedCells
	// shown holds, by worksheet part, the number cells that show other
	// text than their value (see shownCells).
	shown map[string]shownCells
}

// checkPartsXML is checkWorkbookXML skipping the parts in skip (already
// checked by whoever read them); sstCount is the number of shared strings
// when the table is skipped, else -1.
func checkPartsXML(zr *zip.Reader, path string, skip map[string]bool, sstCount int) (checked partsChecked, err error) {
	return checkParts(zr, path, skip, sstCount, numberFormats{})
}

// checkParts is checkPartsXML that notes the number cells that show
// other text than their value, in formats.
func checkParts(zr *zip.Reader, path string, skip map[string]bool, sstCount int, formats numberFormats) (checked partsChecked, err error) {
	ref := sstRef{index: -1}
	for _, f := range zr.File {
		lower := strings.ToLower(f.Name)
		if skip[f.Name] || !strings.HasSuffix(lower, ".xml") && !strings.HasSuffix(lower, ".rels") {
			continue
		}
		p := &partCheck{sst: sstRef{index: -1}, formats: formats}
		if err := p.run(f); err != nil {
			return partsChecked{}, RefusalAt(path, p.row, p.col, err)
		}
		checked.disordered = checked.disordered || p.disordered
		if p.uncached != nil {
			if checked.uncached == nil {
				checked.uncached = map[string]uncachedCells{}
			}
			checked.uncached[f.Name] = p.uncached
		}
		if p.shown != nil {
			if checked.shown == nil {
				checked.shown = map[string]shownCells{}
			}
			checked.shown[f.Name] = p.shown
		}
		if p.root == "sst" {
			sstCount = max(sstCount, 0) + p.items
		}
		if p.sst.index > ref.index {
			ref = p.sst
		}
	}
	if ref.index >= 0 && ref.index >= sstCount && ref.row > 0 {
		return partsChecked{}, RefusalAt(path, ref.row, ref.col,
			damagedBecause("the file is damaged: a cell refers to a text the file does not have"))
	}
	return checked, nil
}

// sstRef is the largest shared-string index a sheet uses, and where.
type sstRef struct{ index, row, col int }

// partCheck is the state of checking one part. Two parsers feed it: the
// byte scanner of precheckscan.go, and encoding/xml (what excelize uses)
// for the rare part the scanner leaves to it.
type partCheck struct {
	root     string
	depth    int
	row      int // the row being read, in a worksheet
	col      int // the column being read
	items    int // <si> elements, in a shared-string table
	sst      sstRef
	guard    Guard
	cellType string
	inText   bool
	text     []byte
	// disordered says a row or cell came out of order (see
	// placeByReference).
	disordered bool
	// formula and hasV say the cell being read has an <f> and a <v>.
	formula, hasV bool
	// uncached is the worksheet's cells with a formula but no value.
	uncached uncachedCells
	// formats are the workbook's digit formats, style the s attribute of
	// the cell being read, and shown the number cells that show other
	// text than their value.
	formats numberFormats
	style   string
	shown   shownCells
}

func (p *partCheck) run(f *zip.File) error {
	err := p.runScanner(f)
	if err == errSlowPath {
		*p = partCheck{formats: p.formats}
		return p.runDecoder(f)
	}
	return err
}

// runDecoder checks a part with encoding/xml.
func (p *partCheck) runDecoder(f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return Damaged(err)
	}
	defer rc.Close()
	return p.decode(rc)
}

// decode is runDecoder over r.
func (p *partCheck) decode(r io.Reader) error {
	p.sst.index = -1
	d := xml.NewDecoder(bufio.NewReaderSize(io.LimitReader(r, maxPartSize+1), 64<<10))
	d.Strict = true
	d.CharsetReader = charset.NewReaderLabel
	var stack []xml.Name
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return p.endOfPart()
		}
		if err != nil {
			return Damaged(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, t.Name)
			if err := p.startElement(t.Name.Local, func(name string) string { return attrValue(t.Attr, name) }); err != nil {
				return err
			}
		case xml.EndElement:
			if len(stack) == 0 || stack[len(stack)-1] != t.Name {
				return errMismatchedTag
			}
			stack = stack[:len(stack)-1]
			if err := p.endElement(t.Name.Local); err != nil {
				return err
			}
		case xml.CharData:
			p.charData(t)
		}
	}
}

var (
	errMismatchedTag = damagedBecause("the file is damaged: a tag in it is not closed where it should be")
	errPartEndsEarly = damagedBecause("the file is damaged: a part of it ends too early")
)

// endOfPart checks that every element was closed.
func (p *partCheck) endOfPart() error {
	if p.depth > 0 {
		return errPartEndsEarly
	}
	return nil
}

// startElement takes the start of an element named local; attr gives
// its attributes' values.
func (p *partCheck) startElement(local string, attr func(string) string) error {
	if p.depth == 0 {
		if p.root != "" {
			return damagedBecause("the file is damaged: a part of it has two roots")
		}
		p.root = local
	}
	p.depth++
	switch {
	case p.root == "sst" && p.depth == 2 && local == "si":
		p.items++
		p.text = p.text[:0]
	case p.root == "sst" && local == "t":
		p.inText = true
	case p.root != "worksheet":
	case local == "row" && p.depth == 3:
		prev := p.row
		p.row = nextIndex(p.row, attr("r"), false)
		p.col = 0
		p.disordered = p.disordered || p.row <= prev
		if err := p.guard.Row(p.row); err != nil {
			p.row, _ = p.guard.Where()
			return err
		}
	case local == "c" && p.depth == 4:
		prev, ref := p.col, attr("r")
		p.col = nextIndex(p.col, ref, true)
		p.disordered = p.disordered || p.col <= prev || ref != "" && refRowNumber(ref) != p.row
		p.cellType = attr("t")
		if p.formats.styles != nil {
			p.style = attr("s")
		}
		p.text = p.text[:0]
		p.formula, p.hasV = false, false
	case local == "f" && p.depth == 5:
		p.formula = true
	case local == "v" || local == "t":
		p.inText = p.depth >= 5
		p.hasV = p.hasV || local == "v" && p.depth == 5
	}
	return nil
}

// endElement takes the end of an element named local.
func (p *partCheck) endElement(local string) error {
	p.depth--
	p.inText = false
	if local == "sheetData" {
		p.row, p.col = 0, 0 // past the cells: no row to name
	}
	switch {
	case p.root == "sst" && p.depth == 1 && local == "si":
		if len(p.text) > MaxCellChars {
			if err := p.guard.Cell(0, 0, string(p.text)); err != nil {
				return err
			}
		}
	case p.root == "worksheet" && p.depth == 3 && local == "c":
		if err := p.endCell(p.cellType, string(p.text)); err != nil {
			return err
		}
		if p.formula && !calculated(p.cellType, p.hasV, p.text) {
			p.uncached = p.uncached.add(p.row, p.col-1)
		}
		switch p.cellType {
		case "", "n":
			if text, ok := p.formats.shown(p.style, p.text); ok {
				p.shown = p.shown.add(p.row, p.col-1, text)
			}
		case "d":
			if text, ok := isoCellText(string(p.text)); ok {
				p.shown = p.shown.add(p.row, p.col-1, text)
			}
		}
	}
	return nil
}

// charData takes decoded text.
func (p *partCheck) charData(b []byte) {
	if p.inText && len(p.text) <= MaxCellChars*4 {
		p.text = append(p.text, b...)
	}
}

// endCell checks a cell once its value is read.
func (p *partCheck) endCell(cellType, value string) error {
	if err := p.guard.Cell(p.row, p.col, value); err != nil {
		p.row, p.col = p.guard.Where()
		return err
	}
	if cellType != "s" || strings.TrimSpace(value) == "" {
		return nil
	}
	i, err := strconv.Atoi(strings.TrimSpace(value))
	if err != nil || i < 0 {
		return damagedBecause("the file is damaged: a cell refers to a text the file does not have")
	}
	if i > p.sst.index {
		p.sst = sstRef{i, p.row, p.col}
	}
	return nil
}

// nextIndex is the row (or, for a cell, the column) a reference names,
// or the one after prev when it names none that can be read.
func nextIndex(prev int, ref string, column bool) int {
	if ref == "" {
		return prev + 1
	}
	if !column {
		if n, err := strconv.Atoi(ref); err == nil && n > 0 {
			return n
		}
		return prev + 1
	}
	col := 0
	for i := 0; i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
		col = col*26 + int(ref[i]-'A'+1)
		if col > MaxSheetColumn*26 {
			break
		}
	}
	if col == 0 {
		return prev + 1
	}
	return col
}

// attrValue is the value of the attribute with local name name, or "".
func attrValue(attrs []xml.Attr, name string) string {
	for _, a := range attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
