package xlsxread

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"strconv"
)

// numberFormats are a workbook's digit formats (see digitFormat) by cell
// style: the style index a cell's s attribute gives, nil for a style
// whose format is none. It is nil for a workbook with no digit format.
type numberFormats []*digitFormat

// readNumberFormats reads the digit formats of the workbook's styles:
// built-in format 1 (0) and the custom formats that are digit formats.
// Styles it cannot read give none, and the cells are read as stored.
func readNumberFormats(zr *zip.Reader) numberFormats {
	var part *zip.File
	for _, f := range zr.File {
		if f.Name == "xl/styles.xml" {
			part = f
		}
	}
	if part == nil {
		return nil
	}
	data, err := readPart(part)
	if err != nil {
		return nil
	}
	var st struct {
		NumFmts []struct {
			ID   string `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xf []struct {
			NumFmtID string `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if xml.Unmarshal(data, &st) != nil {
		return nil
	}
	byID := map[string]*digitFormat{"1": {sections: [][]formatPart{{{placeholder: '0'}}}}}
	for _, f := range st.NumFmts {
		if d, ok := parseDigitFormat(f.Code); ok {
			byID[f.ID] = &d
		} else {
			delete(byID, f.ID)
		}
	}
	var formats numberFormats
	for i, xf := range st.Xf {
		if d := byID[xf.NumFmtID]; d != nil {
			if formats == nil {
				formats = make(numberFormats, len(st.Xf))
			}
			formats[i] = d
		}
	}
	return formats
}

// shown gives the text that a number cell of style s (its s attribute)
// whose value is v shows where that is not v: a number of 16 digits or
// more rounded (roundedNumber), or a whole number in a digit format.
func (nf numberFormats) shown(s string, v []byte) (string, bool) {
	if len(v) >= 16 || bytes.ContainsAny(v, "Ee") {
		if r, ok := roundedNumber(string(v)); ok {
			return r, true
		}
	}
	if nf == nil || s == "" {
		return "", false
	}
	i, err := strconv.Atoi(s)
	if err != nil || i < 0 || i >= len(nf) || nf[i] == nil {
		return "", false
	}
	return nf[i].show(string(v))
}

// shownCells holds a worksheet's number cells that show other text than
// their value (numberFormats.shown): by row, the column (0 is A) and the
// text.
type shownCells map[int][]shownCell

type shownCell struct {
	col  int
	text string
}

// add notes that the cell in column col of row shows text.
func (c shownCells) add(row, col int, text string) shownCells {
	if c == nil {
		c = shownCells{}
	}
	c[row] = append(c[row], shownCell{col, text})
	return c
}

// show puts into a row's cells, as read from the file, what the cells of
// source row line show.
func (c shownCells) show(cells []string, line int) {
	for _, s := range c[line] {
		if s.col < len(cells) {
			cells[s.col] = s.text
		}
	}
}
