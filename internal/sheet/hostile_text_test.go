package sheet

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/xlsxread"
	"rosterdesk/internal/xlsxread/xlsxtest"
)

// The part of the hostile corpus about text: values that look filled but
// are not, names turned around, line ends, encodings and NUL bytes that
// csv exports get wrong, and municipalities too long for a file name.
// Like the rest of the corpus it is committed and written again with
//
//	ROSTER_GEN_HOSTILE=1 go test ./internal/sheet -run TestGenerateHostile
//
// The 250 MB cell flood is made at test time (TestCSVFloodIsRefusedInBoundedMemory).

// textCase is what a file of this part must get: an error of kind, with
// want in its message, or rows whose first one has the given values and
// invisible characters removed.
type textCase struct {
	file string
	kind error  // nil: the file is read
	want string // in the message
	rows int
	// first is the first row's values, removed the characters taken out
	// of them, for a file that is read.
	first   [roster.NumFields]string
	removed map[roster.Field]string
}

// textRecord is a made-up data row with one field set to v.
func textRecord(f roster.Field, v string) []string {
	rec := hostileRecord(1)
	rec[f] = v
	return rec
}

// want is textRecord's values as the import writes them.
func wantRecord(f roster.Field, v string) [roster.NumFields]string {
	var w [roster.NumFields]string
	copy(w[:], textRecord(f, v))
	w[roster.Role] = "student"
	return w
}

var hostileTextCases = []textCase{
	// Required values of only an invisible character are empty: the
	// check calls them missing, and the file cannot be exported.
	{file: "invisible_zwsp_municipality.csv", rows: 3, first: wantRecord(roster.Municipality, ""),
		removed: map[roster.Field]string{roster.Municipality: "\u200b"}},
	{file: "invisible_soft_hyphen_first_name.xlsx", rows: 3, first: wantRecord(roster.FirstName, ""),
		removed: map[roster.Field]string{roster.FirstName: "\u00ad"}},
	{file: "invisible_word_joiner_last_name.csv", rows: 3, first: wantRecord(roster.LastName, ""),
		removed: map[roster.Field]string{roster.LastName: "\u2060"}},
	{file: "invisible_braille_blank_school.xlsx", rows: 3, first: wantRecord(roster.School, ""),
		removed: map[roster.Field]string{roster.School: "\u2800"}},
	{file: "invisible_bom_email.csv", rows: 3, first: wantRecord(roster.Email, ""),
		removed: map[roster.Field]string{roster.Email: "\ufeff"}},
	// A right-to-left override shows "Anna" as "annA", and a name can
	// hide behind direction marks: they go, the letters stay.
	{file: "bidi_names.csv", rows: 3, first: wantRecord(roster.FirstName, "Tova"),
		removed: map[roster.Field]string{roster.FirstName: "\u202e\u202c", roster.LastName: "\u200f\u2067\u2069"}},
	{file: "cr_only.csv", rows: 3, first: wantRecord(roster.Class, "2A")},
	{file: "utf16le_no_bom.csv", rows: 3, first: wantRecord(roster.FirstName, "Tösen")},
	{file: "utf16be_no_bom.csv", rows: 3, first: wantRecord(roster.FirstName, "Tösen")},
	{file: "municipality_120_cjk.csv", rows: 3, first: wantRecord(roster.Municipality, strings.Repeat("東京都", 40))},
	{file: "municipality_emoji.csv", rows: 3, first: wantRecord(roster.Municipality, strings.Repeat("🏫", 120))},

	{file: "mixed_encoding.csv", kind: ErrCSVText, want: "mixed_encoding.csv, row 3: this line is not UTF-8 text, though other lines are"},
	{file: "nul_in_text.csv", kind: ErrCSVText, want: "nul_in_text.csv, row 3: this line holds a NUL character (byte 0)"},
	{file: "csv_cells_far_right.csv", kind: ErrRefused, want: "csv_cells_far_right.csv, row 2, column JA: the sheet has data beyond column IV on more than 200 rows"},
	{file: "csv_huge_cell.csv", kind: ErrRefused, want: "csv_huge_cell.csv, row 5, column C: a cell holds more than 32767 characters"},
}

// textCSV is a semicolon csv of the header and rows 1 to 3, row 1's
// field f set to v.
func textCSV(f roster.Field, v string) string {
	var b strings.Builder
	b.WriteString(strings.Join(hostileHeader, ";") + "\r\n")
	for i := 1; i <= 3; i++ {
		rec := hostileRecord(i)
		if i == 1 {
			rec = textRecord(f, v)
		}
		b.WriteString(strings.Join(rec, ";") + "\r\n")
	}
	return b.String()
}

// textXLSX is textCSV as a workbook of inline strings.
func textXLSX(t *testing.T, f roster.Field, v string) []byte {
	sheet := rosterRows(3, func(r int, row string) string {
		if r == 2 {
			return xlsxtest.InlineRow(r, textRecord(f, v)...)
		}
		return row
	})
	return xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(sheet, "")))
}

func hostileTextFiles(t *testing.T) map[string][]byte {
	files := map[string][]byte{
		"invisible_zwsp_municipality.csv":       []byte(textCSV(roster.Municipality, "\u200b")),
		"invisible_soft_hyphen_first_name.xlsx": textXLSX(t, roster.FirstName, "\u00ad"),
		"invisible_word_joiner_last_name.csv":   []byte(textCSV(roster.LastName, " \u2060 ")),
		"invisible_braille_blank_school.xlsx":   textXLSX(t, roster.School, "\u2800\u2800"),
		"invisible_bom_email.csv":               []byte(textCSV(roster.Email, "\ufeff")),
		"cr_only.csv":                           []byte(strings.ReplaceAll(textCSV(roster.Class, "2A"), "\r\n", "\r")),
		"utf16le_no_bom.csv":                    utf16Bytes(strings.ReplaceAll(textCSV(roster.FirstName, "Tösen"), ";", "\t"), false),
		"utf16be_no_bom.csv":                    utf16Bytes(strings.ReplaceAll(textCSV(roster.FirstName, "Tösen"), ";", "\t"), true),
		"municipality_120_cjk.csv":              []byte(textCSV(roster.Municipality, strings.Repeat("東京都", 40))),
		"municipality_emoji.csv":                []byte(textCSV(roster.Municipality, strings.Repeat("🏫", 120))),
		"nul_in_text.csv":                       []byte(strings.Replace(textCSV(roster.FirstName, "Tova"), ";Aino;", ";Ai\x00no;", 1)),
	}
	bidi := []byte(textCSV(roster.FirstName, "\u202eTova\u202c"))
	files["bidi_names.csv"] = bytes.Replace(bidi, []byte(";Lind;"), []byte(";\u200fLi\u2067nd\u2069;"), 1)
	// UTF-8 but for row 2's line, saved by a program that wrote 1252.
	mixed := strings.Split(textCSV(roster.FirstName, "Tösen"), "\r\n")
	line3, err := charmap.Windows1252.NewEncoder().String(strings.Replace(mixed[2], "Eskil", "Åke", 1))
	if err != nil {
		t.Fatal(err)
	}
	mixed[2] = line3
	files["mixed_encoding.csv"] = []byte(strings.Join(mixed, "\r\n"))
	// 201 rows with a value in column JB, and a cell past Excel's longest.
	var far strings.Builder
	far.WriteString(strings.Join(hostileHeader, ";") + "\n")
	for i := 1; i <= xlsxread.FarRowLimit+1; i++ {
		far.WriteString(strings.Join(hostileRecord(i), ";") + strings.Repeat(";", 253) + "x\n")
	}
	files["csv_cells_far_right.csv"] = []byte(far.String())
	files["csv_huge_cell.csv"] = []byte(textCSV(roster.FirstName, "Tova") + "a@skola.example.se;Åsa;" + strings.Repeat("L", xlsxread.MaxCellChars+1) + "\n")
	return files
}

func TestHostileText(t *testing.T) {
	for _, tc := range hostileTextCases {
		t.Run(tc.file, func(t *testing.T) {
			imp, err := ReadFile(filepath.Join("testdata", "hostile", tc.file))
			if tc.kind != nil {
				if !errors.Is(err, tc.kind) || !strings.HasPrefix(err.Error(), tc.want) || strings.ContainsAny(err.Error(), "\r\n") {
					t.Fatalf("error %v, want %v starting %q", err, tc.kind, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(imp.Roster.Rows) != tc.rows {
				t.Fatalf("%d rows, want %d", len(imp.Roster.Rows), tc.rows)
			}
			row := imp.Roster.Rows[0]
			if row.Values != tc.first {
				t.Errorf("first row %+q, want %+q", row.Values, tc.first)
			}
			for _, f := range roster.Fields {
				if got := row.Removed(f); got != tc.removed[f] {
					t.Errorf("%s: removed %+q, want %+q", f, got, tc.removed[f])
				}
			}
			if imp.HeaderRow != 1 || row.SourceLine != 2 || imp.Roster.Rows[2].SourceLine != 4 {
				t.Errorf("header on row %d, rows on %d and %d", imp.HeaderRow, row.SourceLine, imp.Roster.Rows[2].SourceLine)
			}
			// The file name keeps Binogi_ and the date within 255 bytes,
			// and never names a municipality that is not there.
			name := UploadName(row.Values[roster.Municipality], fixedDate)
			if len(name) > 255 || !utf8.ValidString(name) || !strings.HasPrefix(name, "Binogi_") || !strings.HasSuffix(name, "_20210807.xlsx") {
				t.Errorf("upload name %q (%d bytes)", name, len(name))
			}
		})
	}
}

// A 250 MB csv of "x;" cells, in lines of 200 and in one line, is refused
// by its count of cells, not read: the first pass holds a buffer, not the
// file, and builds no row.
func TestCSVFloodIsRefusedInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 250 MB")
	}
	path := filepath.Join(t.TempDir(), "flood.csv")
	for _, tc := range []struct {
		name, line, want string
	}{
		{"lines", strings.Repeat("x;", 199) + "x\n", "flood.csv, row 167773, column AG: the sheet has more than 33554432 cells"},
		{"one line", strings.Repeat("x;", 200), "flood.csv, row 1: a line has more than 16384 cells"},
	} {
		writeFlood(t, path, tc.line, 250<<20)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		_, err := ReadFile(path)
		took := time.Since(start)
		runtime.ReadMemStats(&after)
		alloc := (after.TotalAlloc - before.TotalAlloc) >> 20
		t.Logf("%s: %v, %d MB allocated in all", tc.name, took.Round(time.Millisecond), alloc)
		if !errors.Is(err, ErrRefused) || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
		if alloc >= 300 {
			t.Errorf("%s: refusing took %d MB of allocations, want under 300 MB", tc.name, alloc)
		}
	}
}

// writeFlood writes line again and again into path until it holds size
// bytes.
func writeFlood(t *testing.T, path, line string, size int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	for n := 0; n < size; n += len(line) {
		w.WriteString(line)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// hostileCorpusFiles are the names every part of the corpus states a
// behaviour for.
func hostileCorpusFiles() []string {
	var names []string
	for _, tc := range hostileCases {
		names = append(names, tc.file)
	}
	for _, tc := range hostileTextCases {
		names = append(names, tc.file)
	}
	return slices.Sorted(slices.Values(names))
}
