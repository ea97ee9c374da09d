package sheet

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
// roster are refused (see sheetGuard). Errors name the row and column
// where they apply.
func checkWorkbookXML(zr *zip.Reader, path string) error {
	return checkPartsXML(zr, path, nil, -1)
}

// checkPartsXML is checkWorkbookXML skipping the parts in skip (already
// checked by whoever read them); sstCount is the number of shared strings
// when the table is skipped, else -1.
func checkPartsXML(zr *zip.Reader, path string, skip map[string]bool, sstCount int) error {
	ref := sstRef{index: -1}
	for _, f := range zr.File {
		lower := strings.ToLower(f.Name)
		if skip[f.Name] || !strings.HasSuffix(lower, ".xml") && !strings.HasSuffix(lower, ".rels") {
			continue
		}
		p := &partCheck{}
		if err := p.run(f); err != nil {
			return refusalAt(path, p.row, p.col, err)
		}
		if p.root == "sst" {
			sstCount = max(sstCount, 0) + p.items
		}
		if p.sst.index > ref.index {
			ref = p.sst
		}
	}
	if ref.index >= 0 && ref.index >= sstCount && ref.row > 0 {
		return refusalAt(path, ref.row, ref.col,
			damagedBecause("the file is damaged: a cell refers to a text the file does not have"))
	}
	return nil
}

// sstRef is the largest shared-string index a sheet uses, and where.
type sstRef struct{ index, row, col int }

// partCheck is the state of checking one part.
type partCheck struct {
	root  string
	row   int // the row being read, in a worksheet
	col   int // the column being read
	items int // <si> elements, in a shared-string table
	sst   sstRef
	guard sheetGuard
}

func (p *partCheck) run(f *zip.File) error {
	p.sst.index = -1
	rc, err := f.Open()
	if err != nil {
		return damaged(err)
	}
	defer rc.Close()
	d := xml.NewDecoder(bufio.NewReaderSize(io.LimitReader(rc, maxPartSize+1), 64<<10))
	d.Strict = true
	d.CharsetReader = charset.NewReaderLabel
	var stack []xml.Name
	var cellType string
	var text strings.Builder
	inText := false
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			if len(stack) > 0 {
				return damagedBecause("the file is damaged: a part of it ends too early")
			}
			return nil
		}
		if err != nil {
			return damaged(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) == 0 {
				if p.root != "" {
					return damagedBecause("the file is damaged: a part of it has two roots")
				}
				p.root = t.Name.Local
			}
			stack = append(stack, t.Name)
			switch {
			case p.root == "sst" && len(stack) == 2 && t.Name.Local == "si":
				p.items++
				text.Reset()
			case p.root == "sst" && t.Name.Local == "t":
				inText = true
			case p.root != "worksheet":
			case t.Name.Local == "row" && len(stack) == 3:
				p.row = nextIndex(p.row, attrValue(t.Attr, "r"), false)
				p.col = 0
				if err := p.guard.row(p.row); err != nil {
					p.row = p.guard.errRow
					return err
				}
			case t.Name.Local == "c" && len(stack) == 4:
				p.col = nextIndex(p.col, attrValue(t.Attr, "r"), true)
				cellType = attrValue(t.Attr, "t")
				text.Reset()
			case t.Name.Local == "v" || t.Name.Local == "t":
				inText = len(stack) >= 5
			}
		case xml.EndElement:
			if len(stack) == 0 || stack[len(stack)-1] != t.Name {
				return damagedBecause("the file is damaged: a tag in it is not closed where it should be")
			}
			stack = stack[:len(stack)-1]
			inText = false
			if t.Name.Local == "sheetData" {
				p.row, p.col = 0, 0 // past the cells: no row to name
			}
			switch {
			case p.root == "sst" && len(stack) == 1 && t.Name.Local == "si":
				if text.Len() > maxCellChars {
					if err := p.guard.cell(0, 0, text.String()); err != nil {
						return err
					}
				}
			case p.root == "worksheet" && len(stack) == 3 && t.Name.Local == "c":
				if err := p.endCell(cellType, text.String()); err != nil {
					return err
				}
			}
		case xml.CharData:
			if inText && text.Len() <= maxCellChars*4 {
				text.Write(t)
			}
		}
	}
}

// endCell checks a cell once its value is read.
func (p *partCheck) endCell(cellType, value string) error {
	if err := p.guard.cell(p.row, p.col, value); err != nil {
		p.row, p.col = p.guard.errRow, p.guard.errCol
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
		if col > maxSheetColumn*26 {
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
