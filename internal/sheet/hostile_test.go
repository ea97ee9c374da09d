package sheet

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"rosterdesk/internal/testenv"
)

// hostileCase is what one file of testdata/hostile must get: an error of
// a kind whose message holds want, or rows whose FirstName column and
// one more value are as given.
type hostileCase struct {
	file string
	kind error  // nil: the file is read
	want string // in the message; or, when read, a value of the first row
	rows int    // when read
}

var hostileCases = []hostileCase{
	{"empty.xlsx", ErrEmpty, "empty.xlsx: the file is empty", 0},
	{"random.xlsx", ErrNotSpreadsheet, "not a spreadsheet", 0},
	{"truncated.xlsx", ErrDamaged, "damaged", 0},
	{"old.xls", ErrOldXLS, "(.xls)", 0},
	{"encrypted.xlsx", ErrEncrypted, "password", 0},
	{"calc.ods", ErrODS, "(.ods)", 0},
	{"binary.xlsb", ErrXLSB, "(.xlsb)", 0},
	{"binary_xlsb_named.xlsx", ErrXLSB, "(.xlsb)", 0},
	{"not_a_workbook.xlsx", ErrNotSpreadsheet, "not a spreadsheet", 0},
	{"nul_bytes.csv", ErrCSVText, "nul_bytes.csv, row 1: this line holds a NUL character (byte 0)", 0},
	{"zip_bomb.xlsx", ErrRefused, "zip bomb", 0},
	{"zip_bomb_lying_packed_size.xlsx", ErrDamaged, "its parts are larger than the file", 0},
	{"lying_header.xlsx", ErrDamaged, "damaged", 0},
	{"bad_checksum.xlsx", ErrDamaged, "damaged", 0},
	{"duplicate_parts.xlsx", ErrDamaged, "two of its parts have the same name", 0},
	{"duplicate_parts_case.xlsx", ErrDamaged, "two of its parts have the same name", 0},
	{"broken_entity.xlsx", ErrDamaged, "row 50, column C: the file is damaged", 0},
	{"broken_tag.xlsx", ErrDamaged, "row 50, column H: the file is damaged: a tag", 0},
	{"broken_tail.xlsx", ErrDamaged, "broken_tail.xlsx: the file is damaged: a tag", 0},
	{"cut_mid_sheet.xlsx", ErrDamaged, "row 7", 0},
	{"bad_shared_index.xlsx", ErrDamaged, "row 3, column I: the file is damaged: a cell refers to a text", 0},
	{"far_cells_many.xlsx", ErrRefused, "row 2, column XFD: the sheet has data beyond column IV on more than 200 rows", 0},
	{"row_1048577.xlsx", ErrRefused, "row 1048577: the sheet goes past row 1048576", 0},
	{"dimension_past_last_row.xlsx", ErrRefused, "goes past row 1048576", 0},
	{"huge_cell.xlsx", ErrRefused, "row 3, column C: a cell holds more than 32767 characters", 0},
	{"huge_shared_string.xlsx", ErrRefused, "row 2, column B: a cell holds more than 32767 characters", 0},
	{"csv_unclosed_quote.csv", nil, "", -1},

	{"far_cell_one.xlsx", nil, "Norrskolan", 5},
	{"merged.xlsx", nil, "Norrskolan", 3},
	{"hidden_sheet.xlsx", nil, "Norrskolan", 3},
	{"formula_cached.xlsx", nil, "Norrskolan", 3},
	{"formula_uncached.xlsx", nil, "", 3},
	{"dates.xlsx", nil, "2010-01-01", 1},
	{"rich_text.xlsx", nil, "Norrskolan", 2},
	{"strict_ooxml.xlsx", nil, "Norrskolan", 3},
	{"csv_named.xlsx", nil, `Lind "Tösen"`, 3},
	{"xlsx_named.csv", nil, "Norrskolan", 100},
	{"csv_utf8.csv", nil, `Lind "Tösen"`, 3},
	{"csv_utf8bom.csv", nil, `Lind "Tösen"`, 3},
	{"csv_cp1252.csv", nil, `Lind "Tösen"`, 3},
	{"csv_utf16le.csv", nil, `Lind "Tösen"`, 3},
	{"csv_utf16be.csv", nil, `Lind "Tösen"`, 3},
	{"csv_crlf_tab.csv", nil, `Lind "Tösen"`, 3},
}

// The unclosed quote is a csv error of its own kind; it is looked for
// by its message.
const unclosedQuote = "csv_unclosed_quote.csv, row 3, column FirstName: a quote (\") opened here is never closed"

func TestHostileCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "hostile", "*"))
	covered := map[string]bool{}
	for _, name := range hostileCorpusFiles() {
		covered[name] = true
	}
	for _, tc := range protectedCases { // hostile_protected_test.go
		covered[tc.file] = true
	}
	for _, f := range files {
		if !covered[filepath.Base(f)] {
			t.Errorf("%s has no stated behaviour in hostileCases", f)
		}
	}
	if len(hostileCases) < 30 {
		t.Errorf("the corpus has %d cases, want at least 30", len(hostileCases))
	}
	for _, tc := range hostileCases {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("testdata", "hostile", tc.file)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			imp, err := ReadFile(path)
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			checkResult(t, imp, err)
			t.Logf("%v, %d MB allocated", took.Round(time.Millisecond), (after.TotalAlloc-before.TotalAlloc)>>20)
			if err != nil {
				if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 300<<20 {
					t.Errorf("refusing took %d MB of allocations, want under 300 MB", alloc>>20)
				}
				if took > testenv.HangBound {
					t.Errorf("refusing took %v, want under %v", took, testenv.HangBound)
				}
			}
			switch {
			case tc.rows == -1:
				if err == nil || !strings.Contains(err.Error(), unclosedQuote) {
					t.Fatalf("error %v, want %q", err, unclosedQuote)
				}
			case tc.kind != nil:
				if !errors.Is(err, tc.kind) {
					t.Fatalf("error %v, want %v", err, tc.kind)
				}
				msg := err.Error()
				if !strings.Contains(msg, tc.want) || !strings.HasPrefix(msg, tc.file) || strings.ContainsAny(msg, "\r\n") {
					t.Errorf("message %q: want one line naming the file, with %q", msg, tc.want)
				}
			case err != nil:
				t.Fatalf("error %v, want %d rows", err, tc.rows)
			default:
				if len(imp.Roster.Rows) != tc.rows {
					t.Fatalf("%d rows, want %d", len(imp.Roster.Rows), tc.rows)
				}
				row := imp.Roster.Rows[0]
				values := append(slices.Clone(row.Values[:]), row.Extra...)
				if !slices.Contains(values, tc.want) {
					t.Errorf("first row %q, want a value %q", values, tc.want)
				}
			}
		})
	}
}

func TestHostilePassword(t *testing.T) {
	path := filepath.Join("testdata", "hostile", "encrypted.xlsx")
	imp, err := ReadFileWith(path, ReadOptions{Password: "fel"})
	if imp != nil || !errors.Is(err, ErrWrongPassword) || err.Error() != "encrypted.xlsx: the password is not correct" {
		t.Fatalf("wrong password: %v, %v", imp, err)
	}
	imp, err = ReadFileWith(path, ReadOptions{Password: "hemligt"})
	if err != nil || len(imp.Roster.Rows) == 0 {
		t.Fatalf("right password: %v, %v", imp, err)
	}
	// A password for a file without one changes nothing.
	imp, err = ReadFileWith(filepath.Join("testdata", "hostile", "merged.xlsx"), ReadOptions{Password: "x"})
	if err != nil || len(imp.Roster.Rows) != 3 {
		t.Fatalf("unencrypted with a password: %v, %v", imp, err)
	}
}

// Each file the excelize path reads on its own must get the same
// outcome as through the fast reader: refused by both, or read alike.
func TestHostileBothReaders(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "hostile", "*.xlsx"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, fastErr := readXLSX(bytes.NewReader(data), int64(len(data)), f, true)
		_, slowErr := readXLSX(bytes.NewReader(data), int64(len(data)), f, false)
		if (fastErr == nil) != (slowErr == nil) {
			t.Errorf("%s: with the fast reader %v, with excelize only %v", f, fastErr, slowErr)
		}
	}
}
