package xlsxread

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// dateCells gives back the date a user sees in a number cell formatted as
// a date or time: the raw value is a day count (40544), which means
// nothing to the user, so it is written as ISO 8601 ("2011-01-01").
// Dates belong in extra columns (a birth date, a start date), not in the
// fields, and looking up a style loads the whole sheet: so it is asked
// only about cells outside the fields, and the first number cell of a
// column decides for the column.
type dateCells struct {
	f        *excelize.File
	sheet    string
	date1904 bool
	// isDate says, by column, whether its numbers are dates.
	isDate map[int]bool
}

func newDateCells(f *excelize.File, sheet string) *dateCells {
	d := &dateCells{f: f, sheet: sheet, isDate: make(map[int]bool)}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		d.date1904 = *props.Date1904
	}
	return d
}

// Styles are looked up only this far into a sheet: excelize fills the
// sheet out in memory to any cell it is asked about, and a roster is far
// smaller.
const (
	maxDateRow = 100_000
	maxDateCol = 100
)

var plainNumber = regexp.MustCompile(`^-?\d+(\.\d+)?$`)

// value returns the cell in column i (0 is A) of a row as the user sees
// it if it is a date, else raw unchanged.
func (d *dateCells) value(i, row int, raw string) string {
	if i >= maxDateCol || row > maxDateRow || !plainNumber.MatchString(raw) {
		return raw
	}
	date, ok := d.isDate[i]
	if !ok {
		date = d.cellIsDate(i, row)
		d.isDate[i] = date
	}
	if !date {
		return raw
	}
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return raw
	}
	if text, ok := dateText(v, d.date1904); ok {
		return text
	}
	return raw
}

// dateText writes the day count v, from 1900 or 1904, as the date or time
// it is, in ISO 8601: 2011-01-01, 2011-01-01 08:30, 08:30.
func dateText(v float64, date1904 bool) (string, bool) {
	if v < 0 {
		return "", false
	}
	t, err := excelize.ExcelDateToTime(v, date1904)
	if err != nil {
		return "", false
	}
	layout := "2006-01-02 15:04"
	switch {
	case v < 1:
		layout = "15:04"
	case t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0:
		layout = "2006-01-02"
	}
	if t.Second() != 0 {
		layout += ":05"
	}
	return t.Format(layout), true
}

// cellIsDate reports whether the cell in column i of a row is a number
// cell whose number format shows a date or a time.
func (d *dateCells) cellIsDate(i, row int) bool {
	cell, err := excelize.CoordinatesToCellName(i+1, row)
	if err != nil || !isNumberCell(d.f, d.sheet, i, row) {
		return false
	}
	style, err := d.f.GetCellStyle(d.sheet, cell)
	if err != nil {
		return false
	}
	s, err := d.f.GetStyle(style)
	if err != nil || s == nil {
		return false
	}
	if s.CustomNumFmt != nil {
		return dateFormatCode(*s.CustomNumFmt)
	}
	return builtinDate(s.NumFmt)
}

// builtinDate reports whether built-in number format n shows a date or a
// time.
func builtinDate(n int) bool {
	return (n >= 14 && n <= 22) || (n >= 27 && n <= 36) || (n >= 45 && n <= 47) || (n >= 50 && n <= 58)
}

// quotedOrBracketed matches the parts of a format code that are shown as
// they are or that set colours and locales: "text", \x, [Red], [$-41D].
var quotedOrBracketed = regexp.MustCompile(`"[^"]*"|\\.|\[[^\]]*\]`)

// dateFormatCode reports whether a custom number format code shows a date
// or a time: it has y, m, d, h or s outside quotes and brackets.
func dateFormatCode(code string) bool {
	code = strings.ToLower(quotedOrBracketed.ReplaceAllString(code, ""))
	return strings.ContainsAny(code, "ymdhs")
}

// isoCellText writes the value of an ISO 8601 date cell (t="d": Excel
// keeps such a cell as the date it names, and openpyxl and other writers
// store datetimes so) as dateText writes a date cell: 2026-10-01,
// 2026-10-01 08:30, 08:30. A zone suffix (Z, +02:00) is left out, as
// Excel does, and so are fractions of a second.
func isoCellText(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, "Z+"); i >= 0 {
		v = v[:i]
	} else if i := strings.LastIndexByte(v, '-'); i > 10 {
		v = v[:i]
	}
	if i := strings.IndexByte(v, '.'); i >= 0 {
		v = v[:i]
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			out := "2006-01-02 15:04"
			switch {
			case t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0:
				out = "2006-01-02"
			case t.Second() != 0:
				out += ":05"
			}
			return t.Format(out), true
		}
	}
	for _, layout := range []string{"15:04:05", "15:04"} {
		if t, err := time.Parse(layout, v); err == nil {
			out := "15:04"
			if t.Second() != 0 {
				out += ":05"
			}
			return t.Format(out), true
		}
	}
	return "", false
}
