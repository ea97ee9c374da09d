package xlsxread

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"strconv"
)

// numberFormats are a workbook's number formats that change what a
// number cell shows, by cell style (the index a cell's s attribute
// gives): digit formats (see digitFormat) and dates. styles is nil for a
// workbook with neither.
type numberFormats struct {
	styles []cellFormat
	// date1904 says the workbook counts days from 1904 (old Mac Excel).
	date1904 bool
}

// cellFormat is what a style's number format does to a number: show its
// digits padded (digits), or show it as a date or time (date).
type cellFormat struct {
	digits *digitFormat
	date   bool
}

// readNumberFormats reads the number formats of the workbook's styles:
// built-in format 1 (0) and the custom formats that are digit formats,
// and the built-in and custom formats that show a date or a time. Styles
// it cannot read give none, and the cells are read as stored.
func readNumberFormats(zr *zip.Reader) numberFormats {
	data := zipPartBytes(zr, "xl/styles.xml")
	if data == nil {
		return numberFormats{}
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
		return numberFormats{}
	}
	custom := map[string]cellFormat{}
	for _, f := range st.NumFmts {
		if d, ok := parseDigitFormat(f.Code); ok {
			custom[f.ID] = cellFormat{digits: &d}
		} else {
			custom[f.ID] = cellFormat{date: dateFormatCode(f.Code)}
		}
	}
	formats := numberFormats{date1904: workbookDate1904(zr)}
	for i, xf := range st.Xf {
		c, ok := custom[xf.NumFmtID]
		if n, err := strconv.Atoi(xf.NumFmtID); !ok && err == nil {
			c = cellFormat{date: builtinDate(n)}
			if n == 1 {
				c.digits = &digitFormat{sections: [][]formatPart{{{placeholder: '0'}}}}
			}
		}
		if c.digits != nil || c.date {
			if formats.styles == nil {
				formats.styles = make([]cellFormat, len(st.Xf))
			}
			formats.styles[i] = c
		}
	}
	return formats
}

// zipPartBytes is the unpacked part called name, or nil.
func zipPartBytes(zr *zip.Reader, name string) []byte {
	for _, f := range zr.File {
		if f.Name == name {
			data, err := readPart(f)
			if err != nil {
				return nil
			}
			return data
		}
	}
	return nil
}

// workbookDate1904 reports whether the workbook counts days from 1904.
func workbookDate1904(zr *zip.Reader) bool {
	var wb struct {
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
	}
	if xml.Unmarshal(zipPartBytes(zr, "xl/workbook.xml"), &wb) != nil {
		return false
	}
	return wb.Pr.Date1904 == "1" || wb.Pr.Date1904 == "true"
}

// shown gives the text that a number cell of style s (its s attribute)
// whose value is v shows where that is not v: a date or time (dateText),
// a number of 16 digits or more rounded (roundedNumber), or a whole
// number in a digit format. Excel makes a date of a class typed as 9/1,
// and a time of one typed as 7:1: the day count would be exported as the
// class. A time's day count has 16 digits or more as Excel writes it
// (0.29236111111111113 for 7:01), so the date format is asked first.
func (nf numberFormats) shown(s string, v []byte) (string, bool) {
	c := nf.style(s)
	if c.date {
		// Past 9999-12-31 Excel shows no date, only ####.
		if f, err := strconv.ParseFloat(string(v), 64); err == nil && f < lastExcelDay {
			return dateText(f, nf.date1904)
		}
	}
	if len(v) >= 16 || bytes.ContainsAny(v, "Ee") {
		if r, ok := roundedNumber(string(v)); ok {
			return r, true
		}
	}
	if c.digits != nil {
		return c.digits.show(string(v))
	}
	return "", false
}

// lastExcelDay is the day count after Excel's last date, 9999-12-31.
const lastExcelDay = 2958466

// style is the number format of cell style s (its s attribute), none
// for a style it does not know.
func (nf numberFormats) style(s string) cellFormat {
	if nf.styles == nil || s == "" {
		return cellFormat{}
	}
	i, err := strconv.Atoi(s)
	if err != nil || i < 0 || i >= len(nf.styles) {
		return cellFormat{}
	}
	return nf.styles[i]
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
