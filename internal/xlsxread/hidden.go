package xlsxread

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// hiddenLines holds the rows a sheet hides (<row hidden="1">, or a row of
// height 0, <row ht="0">, which Excel draws as hidden without the flag):
// the user of Excel does not see them, and a secretary often hides the
// pupils who have left so. A row that is only low (ht="0.5") is not
// hidden: its line still shows.
type hiddenLines map[int]bool

// has reports whether the sheet hides row line.
func (h hiddenLines) has(line int) bool { return h[line] }

// hiddenAttr reports whether a row's hidden attribute is true, as
// xsd:boolean writes it ("1" or "true").
func hiddenAttr(v string) bool { return v == "1" || v == "true" }

// zeroHeightAttr reports whether a row's ht attribute makes it a row of
// height 0 (or less, which Excel draws as 0): hidden as surely as by the
// hidden flag. A height that is no number says nothing.
func zeroHeightAttr(v string) bool {
	h, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	return err == nil && h <= 0
}

// zeroHeightDefault reports whether a worksheet's head (the part before
// <sheetData>) says rows are hidden unless given a height
// (<sheetFormatPr zeroHeight="1">): the fast reader leaves such a sheet
// to partHiddenRows.
func zeroHeightDefault(head []byte) bool {
	i := bytes.Index(head, []byte("zeroHeight="))
	if i < 0 {
		return false
	}
	v := head[i+len("zeroHeight="):]
	return bytes.HasPrefix(v, []byte(`"1"`)) || bytes.HasPrefix(v, []byte(`"true"`)) ||
		bytes.HasPrefix(v, []byte(`'1'`)) || bytes.HasPrefix(v, []byte(`'true'`))
}

// zipHiddenRows lists the rows the worksheet named name hides, reading
// its part with encoding/xml apart from excelize, whose row iterator
// gives a row's options to the wrong row after a gap. A sheet it cannot
// find or read hides nothing: the excelize pass has checked every part,
// and says what is damaged.
func zipHiddenRows(zr *zip.Reader, name string) hiddenLines {
	if f := zipSheetFile(zr, name); f != nil {
		return partHiddenRows(f)
	}
	return nil
}

// partHiddenRows reads the hidden rows of one worksheet part.
func partHiddenRows(f *zip.File) hiddenLines {
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	hidden := hiddenLines{}
	d := xml.NewDecoder(io.LimitReader(rc, maxUnzipTotal))
	line, zeroDefault := 0, false
	for {
		tok, err := d.Token()
		if err != nil {
			return hidden
		}
		start, ok := tok.(xml.StartElement)
		if ok && start.Name.Local == "sheetFormatPr" {
			for _, a := range start.Attr {
				if a.Name.Local == "zeroHeight" {
					zeroDefault = hiddenAttr(a.Value)
				}
			}
		}
		if !ok || start.Name.Local != "row" {
			continue
		}
		line++
		isHidden, high := false, false
		for _, a := range start.Attr {
			switch a.Name.Local {
			case "r":
				if n, err := strconv.Atoi(a.Value); err == nil && n > 0 {
					line = n
				}
			case "hidden":
				isHidden = isHidden || hiddenAttr(a.Value)
			case "ht":
				isHidden = isHidden || zeroHeightAttr(a.Value)
				high = !zeroHeightAttr(a.Value)
			}
		}
		if isHidden || zeroDefault && !high {
			hidden[line] = true
		}
	}
}
