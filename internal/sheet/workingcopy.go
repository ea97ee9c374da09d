package sheet

import (
	"fmt"
	"io"
	"strings"

	"rosterdesk/internal/roster"
)

// Working copy layout: the eight fields, the extra columns, then the
// protected mark (and, when a row has them, the Left out and Hidden
// marks, see workcopymarks.go).
const (
	workingCopySheet = "Roster"
	protectedHeader  = "Protected"
	protectedYes     = "yes"
)

// WorkingCopyRecords returns the working copy of r as records: the roster
// as the user sees it: every row that is not blank, the extra columns and
// the marks, without the control characters a cell cannot hold.
func WorkingCopyRecords(r *roster.Roster) [][]string { return workingCopyRecords(r, false) }

// workingCopyRecords returns the working copy's records; with undecided,
// those of a list on which the word on protected identity is still owed
// (workcopyunknown.go).
func workingCopyRecords(r *roster.Roster, undecided bool) [][]string {
	header := make([]string, 0, int(roster.NumFields)+len(r.ExtraColumns)+1)
	for _, f := range roster.Fields {
		header = append(header, f.String())
	}
	for _, name := range r.ExtraColumns {
		header = append(header, cellText(name))
	}
	header = append(header, protectedHeader)
	leftOut, hidden := workingCopyMarks(r)
	if leftOut {
		header = append(header, leftOutHeader)
	}
	if hidden {
		header = append(header, hiddenHeader)
	}
	records := [][]string{header}
	for _, row := range r.Rows {
		if row.Blank() {
			continue
		}
		rec := make([]string, 0, len(header))
		for _, v := range row.Values {
			rec = append(rec, cellText(v))
		}
		for i := range r.ExtraColumns {
			rec = append(rec, cellText(row.ExtraValue(i)))
		}
		rec = append(rec, protectedCell(row, undecided))
		if leftOut {
			rec = append(rec, yes(row.LeftOut))
		}
		if hidden {
			rec = append(rec, yes(row.Hidden))
		}
		records = append(records, rec)
	}
	return records
}

// yes is a mark's cell in the working copy.
func yes(mark bool) string {
	if mark {
		return protectedYes
	}
	return ""
}

// SaveWorkingCopy writes the roster as the user sees it, so that ReadFile
// gives it back: every field as typed, the extra columns, and a Protected
// column. Blank rows are not kept. The write is safe (see WriteAtomic).
func SaveWorkingCopy(path string, r *roster.Roster) error {
	return saveWorkingCopy(path, r, false, nil)
}

// SaveWorkingCopyIfUnchanged saves over a file only if it still is as it
// was when read (since); otherwise it fails with ErrChangedOnDisk and
// leaves the file alone. It looks before writing and again just before
// the new file replaces the old one.
func SaveWorkingCopyIfUnchanged(path string, r *roster.Roster, since FileStamp) error {
	if err := unchangedSince(path, since); err != nil {
		return fileError(path, err)
	}
	return saveWorkingCopy(path, r, false, func() error { return unchangedSince(path, since) })
}

// saveWorkingCopy writes the working copy (undecided: see
// workingCopyRecords); last, if not nil, runs after the read-back and
// before the rename.
func saveWorkingCopy(path string, r *roster.Roster, undecided bool, last func() error) error {
	records := workingCopyRecords(r, undecided)
	if err := checkCellLengths(records); err != nil {
		return fileError(path, err)
	}
	return WriteAtomic(path,
		func(w io.Writer) error { return writeTextSheet(w, workingCopySheet, records) },
		func(tmp string) error {
			if err := verifyWorkingCopy(tmp, records); err != nil || last == nil {
				return err
			}
			return last()
		})
}

// verifyWorkingCopy checks the cells and that the importer reads the file
// back to the same rows.
func verifyWorkingCopy(path string, records [][]string) error {
	if err := verifyTextSheet(path, records); err != nil {
		return err
	}
	if len(records) < 2 {
		return nil // a header alone is not a roster to read back
	}
	imp, err := ReadFile(path)
	if err != nil {
		return err
	}
	return compareRecords(workingCopyRecords(imp.Roster, imp.ProtectedUnknown), workingCopyReadBack(records))
}

// workingCopyReadBack returns the records that ReadFile gives back for a
// working copy written from records (header first): the importer trims
// every value, takes invisible characters out of the fields and writes a
// recognised role as "student" or "teacher", so a value typed as " Ann ",
// "Ann\u200b" or "Elev" comes back as "Ann" or "student". The
// header and the protected mark come back as written. verifyWorkingCopy
// must compare what ReadFile gave with this, not with records
// themselves, or every save of a roster holding such a value fails.
func workingCopyReadBack(records [][]string) [][]string {
	back := make([][]string, len(records))
	for i, rec := range records {
		back[i] = append([]string(nil), rec...)
		if i == 0 {
			continue
		}
		for j, v := range back[i] {
			back[i][j] = strings.TrimSpace(v)
			if j < int(roster.NumFields) {
				back[i][j], _ = importField(roster.Field(j), back[i][j])
			}
		}
	}
	return back
}

// compareRecords says where got and want first differ, or returns nil.
func compareRecords(got, want [][]string) error {
	if len(got) != len(want) {
		return fmt.Errorf("read back %d rows, want %d", len(got)-1, len(want)-1)
	}
	for i := range want {
		if len(got[i]) != len(want[i]) {
			return fmt.Errorf("row %d reads back with %d columns, want %d", i+1, len(got[i]), len(want[i]))
		}
		for j := range want[i] {
			if got[i][j] != want[i][j] {
				return fmt.Errorf("row %d, column %d reads back differently", i+1, j+1)
			}
		}
	}
	return nil
}
