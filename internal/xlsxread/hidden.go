package xlsxread

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"strconv"
)

// hiddenLines holds the rows a sheet hides (<row hidden="1">): the user
// of Excel does not see them, and a secretary often hides the pupils who
// have left so. Only the hidden attribute counts, not a row's height.
type hiddenLines map[int]bool

// has reports whether the sheet hides row line.
func (h hiddenLines) has(line int) bool { return h[line] }

// hiddenAttr reports whether a row's hidden attribute is true, as
// xsd:boolean writes it ("1" or "true").
func hiddenAttr(v string) bool { return v == "1" || v == "true" }

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
	line := 0
	for {
		tok, err := d.Token()
		if err != nil {
			return hidden
		}
		start, ok := tok.(xml.StartElement)
		if !ok || start.Name.Local != "row" {
			continue
		}
		line++
		isHidden := false
		for _, a := range start.Attr {
			switch a.Name.Local {
			case "r":
				if n, err := strconv.Atoi(a.Value); err == nil && n > 0 {
					line = n
				}
			case "hidden":
				isHidden = hiddenAttr(a.Value)
			}
		}
		if isHidden {
			hidden[line] = true
		}
	}
}
