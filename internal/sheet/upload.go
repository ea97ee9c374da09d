package sheet

import (
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"rosterdesk/internal/roster"
)

// uploadSheet is the name of the upload file's one sheet.
const uploadSheet = "Sheet1"

// ExportSummary says what WriteUpload wrote.
type ExportSummary struct {
	// Path is the file written.
	Path string
	// Rows is the number of people written; Protected the number left out
	// for protected identity.
	Rows, Protected int
	// DroppedColumns names the extra columns that were not written.
	DroppedColumns []string
}

// UploadRecords returns the header and the rows of the upload file for r:
// protected and blank rows left out, values trimmed, roles written
// "student" or "teacher", students' classes in canonical form and
// teachers' classes empty. Extra columns are never part of it.
func UploadRecords(r *roster.Roster) (records [][]string, protected int) {
	header := make([]string, roster.NumFields)
	for i, f := range roster.Fields {
		header[i] = f.String()
	}
	records = append(records, header)
	for _, row := range r.Rows {
		if row.Blank() {
			continue
		}
		if row.Protected {
			protected++
			continue
		}
		rec := make([]string, roster.NumFields)
		for i, v := range row.Values {
			rec[i] = cellText(strings.TrimSpace(v))
		}
		kind := row.Kind()
		if kind != roster.NoRole {
			rec[roster.Role] = kind.String()
		}
		switch kind {
		case roster.Teacher:
			rec[roster.Class] = ""
		case roster.Student:
			rec[roster.Class] = roster.ParseClass(rec[roster.Class]).Canonical
		}
		records = append(records, rec)
	}
	return records, protected
}

// WriteUpload writes the upload file for r at path, safely (see
// WriteAtomic), and reads it back to make sure every cell is what was
// meant.
func WriteUpload(path string, r *roster.Roster) (ExportSummary, error) {
	records, protected := UploadRecords(r)
	if err := checkCellLengths(records); err != nil {
		return ExportSummary{}, fileError(path, err)
	}
	err := WriteAtomic(path,
		func(w io.Writer) error { return writeTextSheet(w, uploadSheet, records) },
		func(tmp string) error { return verifyTextSheet(tmp, records) })
	if err != nil {
		return ExportSummary{}, err
	}
	return ExportSummary{Path: path, Rows: len(records) - 1, Protected: protected,
		DroppedColumns: append([]string(nil), r.ExtraColumns...)}, nil
}

// writeTextSheet writes a one-sheet workbook whose every cell is a text
// cell, styled as text, with a bold header and a dimension that covers
// every cell.
func writeTextSheet(w io.Writer, sheet string, records [][]string) error {
	// The limits are NewFile's own.
	opts, removeTemp, err := privateTemp(excelize.Options{
		UnzipSizeLimit: excelize.UnzipSizeLimit, UnzipXMLSizeLimit: excelize.StreamChunkSize})
	if err != nil {
		return err
	}
	defer removeTemp()
	f := excelize.NewFile(opts)
	defer f.Close()
	f.SetZipWriter(fastZipWriter)
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	text, err := f.NewStyle(&excelize.Style{NumFmt: 49}) // "@": text
	if err != nil {
		return err
	}
	head, err := f.NewStyle(&excelize.Style{NumFmt: 49, Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	width := len(records[0])
	last, err := excelize.CoordinatesToCellName(width, len(records))
	if err != nil {
		return err
	}
	// The stream writer leaves the dimension at A1 unless it is set
	// first, and readers that trust it would see only the header.
	if err := f.SetSheetDimension(sheet, "A1:"+last); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	cells := make([]any, width)
	for i, rec := range records {
		style := text
		if i == 0 {
			style = head
		}
		for j := range cells {
			v := ""
			if j < len(rec) {
				v = rec[j]
			}
			// A Cell with a string value is written as an inline
			// string, never as a number or a formula.
			cells[j] = excelize.Cell{StyleID: style, Value: v}
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := sw.SetRow(cell, cells); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}
