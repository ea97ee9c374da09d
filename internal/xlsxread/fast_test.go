package xlsxread

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

// sheetCells is a sheet as the tests read it: its cells that hold a
// value, by row and column (0 is A), as the user sees them.
type sheetCells struct {
	Name  string
	Cells map[[2]int]string
}

// keepCells is a SheetFunc that keeps every cell of each sheet, through
// s.Value where the reader gives one, and is done at the doneAt-th sheet
// it reads (never when 0).
func keepCells(doneAt int) SheetFunc[sheetCells] {
	n := 0
	return func(s Sheet) (sheetCells, bool, error) {
		n++
		got := sheetCells{Name: s.Name, Cells: map[[2]int]string{}}
		err := s.Rows(func(cells []string, line int) bool {
			for i, v := range cells {
				if s.Value != nil {
					v = s.Value(i, line, v)
				}
				if v != "" {
					got.Cells[[2]int{line, i}] = v
				}
			}
			return true
		})
		return got, n == doneAt, err
	}
}

// isRefusal reports whether err refuses a file or finds it damaged,
// rather than failing to read it for another reason.
func isRefusal(err error) bool {
	return errors.Is(err, ErrRefused) || errors.Is(err, ErrTooLarge) || errors.Is(err, ErrDamaged)
}

// agree fails unless the fast reader declines data or reads every cell of
// every data sheet exactly as the excelize path does. It reports whether
// the fast reader read it.
func agree(t *testing.T, name string, data []byte) bool {
	t.Helper()
	wb, err := openWorkbook(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		// Both readers read only what this pre-check lets through.
		return false
	}
	// The excelize path reads every data sheet (read is never done); the
	// fast reader is done at the last one the workbook lists.
	ref, rerr := Read(bytes.NewReader(data), int64(len(data)), name, Options{ExcelizeOnly: true}, keepCells(0))
	sheets := 0
	if list, err := zipBookSheets(wb.zr); err == nil {
		for _, s := range list {
			if s.data {
				sheets++
			}
		}
	}
	fast, ferr := readFast(wb, name, keepCells(sheets), false)
	if ferr == errDisordered {
		// Rows or cells out of order: the fast reader reads the sheets
		// placed by reference, as Read has it do.
		placed, err := placedWorkbook(wb)
		if err != nil {
			// Damaged past placing: the excelize path must refuse it too.
			if rerr == nil {
				t.Fatalf("%s: cannot be placed by reference, yet the excelize path reads it", name)
			}
			return false
		}
		fast, ferr = readFast(placed, name, keepCells(sheets), false)
	}
	if ferr != nil {
		if ferr != errDecline && !isRefusal(ferr) {
			t.Fatalf("%s: fast reader error %v, want a decline or a refusal", name, ferr)
		}
		if ferr != errDecline && rerr == nil {
			// A file the fast reader refuses, excelize's path refuses too.
			t.Fatalf("%s: fast reader refused (%v) what the excelize path reads", name, ferr)
		}
		return false
	}
	if rerr != nil {
		t.Fatalf("%s: fast reader read what excelize rejects: %v", name, rerr)
	}
	if !reflect.DeepEqual(fast, ref) {
		t.Fatalf("%s: fast reader disagrees with excelize:\nfast %v\nref  %v", name, fast, ref)
	}
	return true
}

func TestFastXLSXAgrees(t *testing.T) { agreeAll(t) }

// agreeAll holds the fast reader to the excelize path on every workbook
// of the tests and on generated ones.
func agreeAll(t *testing.T) {
	t.Helper()
	var files []string
	for _, g := range []string{"../sheet/testdata/import/*.xlsx", "../sheet/testdata/export/*.xlsx",
		"../../cmd/roster/testdata/producers/*.xlsx", "../sheet/testdata/fuzz/FuzzReadXLSX/*", "../sheet/testdata/hostile/*.xlsx"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	read := 0
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(name, "/fuzz/") {
			data = fuzzSeedBytes(t, data)
		}
		if agree(t, name, data) {
			read++
		}
	}
	for seed := range uint64(40) {
		if agree(t, fmt.Sprint("generated ", seed), xlsxtest.TinyXLSX(t, xlsxtest.GenSheetXML(seed, 1000))) {
			read++
		}
	}
	t.Logf("fast reader read %d of %d files, declined the rest", read, len(files)+40)
	if read < 20 {
		t.Errorf("the fast reader read only %d files", read)
	}
}

// fuzzSeedBytes returns the []byte of a "go test fuzz v1" corpus file.
func fuzzSeedBytes(t *testing.T, file []byte) []byte {
	lines := strings.SplitN(string(file), "\n", 2)
	if len(lines) < 2 {
		t.Fatal("bad corpus file")
	}
	var v string
	if _, err := fmt.Sscanf(strings.TrimSpace(lines[1]), "[]byte(%q)", &v); err != nil {
		t.Fatal(err)
	}
	return []byte(v)
}
