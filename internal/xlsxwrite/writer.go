// Package xlsxwrite writes a one-sheet workbook of text cells, streaming:
// the zip goes straight to the given writer (the temporary file beside the
// target), row by row, with no spill files and no copy of the rows of its
// own. Every part but the sheet data is the part excelize writes for the
// same list (copied as templates), and the sheet data is written cell for
// cell as excelize's StreamWriter writes it: inline strings, a text style,
// a bold header, and a <dimension> that covers every cell. Tests hold it to
// that, so Excel's acceptance of excelize's files carries over.
package xlsxwrite

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"
)

// MaxCellChars is the most UTF-16 units a cell holds (Excel's limit, and
// excelize's TotalCellChars). A longer value is an error, never cut.
const MaxCellChars = 32767

// Styles of the cells (indexes into cellXfs of the styles template).
const (
	textStyle   = "1" // number format 49, "@": text
	headerStyle = "2" // text, bold
)

// ErrTooLong is returned for a value longer than MaxCellChars.
var ErrTooLong = errors.New("a value is longer than a cell can hold")

// Write writes records as a workbook of one sheet named sheet: records[0]
// is the header, in bold; every cell is a text cell. Every record is
// padded with empty cells to the header's width; longer records are an
// error. The document properties name Creator as the author and saved as
// the time it was created and modified. Nothing is written to disk but w.
func Write(w io.Writer, sheet string, records [][]string, saved time.Time) error {
	if len(records) == 0 {
		return errors.New("no header")
	}
	width := len(records[0])
	for i, rec := range records {
		if len(rec) > width {
			return fmt.Errorf("row %d has %d values, the header %d", i+1, len(rec), width)
		}
	}
	sw, err := newSheetWriter(w, sheet, len(records), width, saved)
	if err != nil {
		return err
	}
	for _, rec := range records {
		if err := sw.row(rec); err != nil {
			sw.part.close() // its workers stop; the file is not to be kept
			return err
		}
	}
	return sw.close()
}

// sheetWriter writes the sheet's rows into the zip entry of the sheet.
type sheetWriter struct {
	zw    *zip.Writer
	part  *parallelDeflate
	buf   *bufio.Writer
	width int
	n     int // rows written
	// letters are the columns' letters; number is the row's number.
	letters [][]byte
	number  []byte
	esc     escaper
	// line is the row being put together, kept from row to row.
	line []byte
}

// newSheetWriter writes every part but the sheet's, then the sheet's
// start up to its first row, for rows rows of width cells, saved at saved.
func newSheetWriter(w io.Writer, sheet string, rows, width int, saved time.Time) (*sheetWriter, error) {
	if width < 1 {
		return nil, errors.New("no columns")
	}
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	if err := writeParts(zw, sheet, saved); err != nil {
		return nil, err
	}
	part, err := createDeflated(zw, sheetPart)
	if err != nil {
		return nil, err
	}
	sw := &sheetWriter{zw: zw, part: part, buf: bufio.NewWriterSize(part, 64<<10), width: width}
	for j := range width {
		name := appendCellName(nil, j+1, 1)
		sw.letters = append(sw.letters, name[:len(name)-1])
	}
	sw.buf.WriteString(worksheetStart)
	sw.buf.WriteString(`<dimension ref="A1:`)
	sw.buf.Write(appendCellName(nil, width, max(rows, 1)))
	sw.buf.WriteString(`"></dimension><sheetViews><sheetView tabSelected="true" workbookViewId="0"></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"></sheetFormatPr><sheetData>`)
	return sw, nil
}

// row writes the next row, padded with empty cells to the sheet's width.
func (sw *sheetWriter) row(values []string) error {
	sw.n++
	style := textStyle
	if sw.n == 1 {
		style = headerStyle
	}
	sw.number = strconv.AppendInt(sw.number[:0], int64(sw.n), 10)
	// The row is put together in line and written at once: a dozen
	// writes per cell to the buffered writer cost more than the copies.
	line := append(sw.line[:0], `<row r="`...)
	line = append(line, sw.number...)
	line = append(line, `">`...)
	for j := range sw.width {
		v := ""
		if j < len(values) {
			v = values[j]
		}
		if tooLong(v) {
			return fmt.Errorf("row %d, column %d: %w", sw.n, j+1, ErrTooLong)
		}
		line = append(line, `<c r="`...)
		line = append(line, sw.letters[j]...) // appendCellName, a column's letters once
		line = append(line, sw.number...)
		line = append(line, `" s="`...)
		line = append(line, style...)
		line = append(line, `" t="inlineStr"><is><t`...)
		if needsPreserve(v) {
			line = append(line, ` xml:space="preserve"`...)
		}
		line = append(line, '>')
		line = sw.esc.append(line, v)
		line = append(line, `</t></is></c>`...)
	}
	line = append(line, `</row>`...)
	sw.line = line
	_, err := sw.buf.Write(line)
	return err
}

// close ends the sheet and the zip.
func (sw *sheetWriter) close() error {
	sw.buf.WriteString(`</sheetData></worksheet>`)
	err := sw.buf.Flush()
	if err := sw.part.close(); err != nil {
		return err
	}
	if err != nil {
		return err
	}
	return sw.zw.Close()
}

// appendCellName appends the A1-style name of the cell in column col and
// row row (both from 1).
func appendCellName(b []byte, col, row int) []byte {
	var letters [8]byte
	i := len(letters)
	for col > 0 {
		col--
		i--
		letters[i] = byte('A' + col%26)
		col /= 26
	}
	b = append(b, letters[i:]...)
	return strconv.AppendInt(b, int64(row), 10)
}
