package sheet

import (
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/xlsxwrite"
)

// uploadSheet is the name of the upload file's one sheet.
const uploadSheet = "Sheet1"

// ExportSummary says what WriteUpload wrote.
type ExportSummary struct {
	// Path is the file written.
	Path string
	// Rows is the number of people written; Protected the number left out
	// for protected identity, LeftOut the others left out (roster.Row.LeftOut).
	Rows, Protected, LeftOut int
	// DroppedColumns names the extra columns that were not written.
	DroppedColumns []string
}

// UploadRecords returns the header and the rows of the upload file for r:
// protected, left-out and blank rows left out (and the first two
// counted), values trimmed, municipalities by their names
// (roster.MunicipalityName: "Ale kommun" and 1440 as Ale), roles written
// "student" or "teacher", students' classes in canonical form and
// teachers' classes empty. Extra columns are never part of it.
func UploadRecords(r *roster.Roster) (records [][]string, protected, leftOut int) {
	header := make([]string, roster.NumFields)
	for i, f := range roster.Fields {
		header[i] = f.String()
	}
	// Each row's record is its own: a large list's are made on every
	// processor, a part each, and joined in the list's order.
	type part struct {
		records            [][]string
		protected, leftOut int
	}
	rows := r.Rows
	workers := max(1, min(runtime.GOMAXPROCS(0), len(rows)/parallelRecords))
	parts := make([]part, workers)
	chunk := (len(rows) + workers - 1) / workers
	var wg sync.WaitGroup
	for w := range parts {
		lo, hi := min(w*chunk, len(rows)), min((w+1)*chunk, len(rows))
		wg.Go(func() {
			p := &parts[w]
			p.records = make([][]string, 0, hi-lo)
			for _, row := range rows[lo:hi] {
				rec, kept := uploadRecord(row)
				switch kept {
				case keptRow:
					p.records = append(p.records, rec)
				case protectedRow:
					p.protected++
				case leftOutRow:
					p.leftOut++
				}
			}
		})
	}
	wg.Wait()
	n := 1
	for _, p := range parts {
		n += len(p.records)
	}
	records = append(make([][]string, 0, n), header)
	for _, p := range parts {
		records = append(records, p.records...)
		protected += p.protected
		leftOut += p.leftOut
	}
	return records, protected, leftOut
}

// parallelRecords is the list size from which UploadRecords makes the
// records on every processor.
const parallelRecords = 4096

// What uploadRecord did with a row.
const (
	keptRow = iota
	blankRow
	protectedRow
	leftOutRow
)

// uploadRecord is one row's record of the upload file, as UploadRecords
// says, and whether the row is kept, blank, protected or left out.
func uploadRecord(row *roster.Row) ([]string, int) {
	switch {
	case row.Blank():
		return nil, blankRow
	case row.Protected:
		return nil, protectedRow
	case row.LeftOut:
		return nil, leftOutRow
	}
	rec := make([]string, roster.NumFields)
	for i, v := range row.Values {
		rec[i] = cellText(strings.TrimSpace(v))
	}
	if name, _ := roster.MunicipalityName(row.Values[roster.Municipality]); name != "" {
		rec[roster.Municipality] = cellText(name)
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
	return rec, keptRow
}

// WriteUpload writes the upload file for r at path, safely (see
// WriteAtomic), and reads it back to make sure every cell is what was
// meant.
func WriteUpload(path string, r *roster.Roster) (ExportSummary, error) {
	records, protected, leftOut := UploadRecords(r)
	if err := checkCellLengths(records); err != nil {
		return ExportSummary{}, fileError(path, err)
	}
	err := WriteAtomic(path,
		func(w io.Writer) error { return writeTextSheet(w, uploadSheet, records) },
		func(tmp string) error { return verifyTextSheet(tmp, records) })
	if err != nil {
		return ExportSummary{}, err
	}
	return ExportSummary{Path: path, Rows: len(records) - 1, Protected: protected, LeftOut: leftOut,
		DroppedColumns: append([]string(nil), r.ExtraColumns...)}, nil
}

// writeTextSheet writes a one-sheet workbook whose every cell is a text
// cell, styled as text, with a bold header and a dimension that covers
// every cell, straight into w: nothing is spilled to other files.
func writeTextSheet(w io.Writer, sheet string, records [][]string) error {
	return xlsxwrite.Write(w, sheet, records, time.Now())
}
