package xlsxwrite

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// saved is when the tests' files are saved.
var saved = time.Date(2026, 12, 2, 15, 4, 5, 0, time.FixedZone("CET", 3600))

// header is the upload file's header.
var header = []string{"Email", "FirstName", "LastName", "Class", "School", "Municipality", "Role", "SSOID"}

// trickyRows hold what a cell's text can be: XML's special characters,
// white space at either end, line breaks, letters beyond ASCII, text that
// looks like an Office escape, characters XML cannot hold and bytes that
// are not UTF-8.
var trickyRows = [][]string{
	{"tova.lind@skola.example.se", "Tova", "Lind", "9A", "Källbäcksskolan", "Borås", "student", "0701234567"},
	{"a&b@x.se", "<Ann>", `"Bo"`, "'9B'", " Ekbacken", "Borås ", "\tteacher", "\n"},
	{"", "Anna\nKarin", "Öberg\r\n", "", "Skola & Co", "Äänekoski", "student", "+46 70"},
	{"_x0041_", "_x005F_x0041_", "_x005f_", "x_x12_y", "_xZZZZ_", "😀 ü ß", "student", "000123"},
	{"bad\x01ctl", "\x7f", "\ufffe", "invalid\xffutf8", "\ufffd", "\x00", "", "e\u0301"},
	{"only", "two"},
}

func TestPartsAreExcelizes(t *testing.T) {
	wide := make([]string, 30)
	for i := range wide {
		wide[i] = fmt.Sprintf("Column %d", i+1)
	}
	cases := map[string]struct {
		sheet   string
		records [][]string
	}{
		"upload file":  {"Sheet1", append([][]string{header}, trickyRows...)},
		"working copy": {"Roster", append([][]string{append(header, "Note", "Protected")}, trickyRows...)},
		"header only":  {"Sheet1", [][]string{header}},
		"one cell":     {"Sheet1", [][]string{{"Email"}, {"x"}}},
		"30 columns":   {"Roster", [][]string{wide, {"a"}, wide}},
		"quoted name":  {`A&"B"`, [][]string{{"x"}}},
		// A sheet of many chunks, deflated side by side (deflate.go).
		"many chunks": {"Sheet1", benchRecords(12_000)},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, c.sheet, c.records, saved); err != nil {
				t.Fatal(err)
			}
			ours, theirs := unzipParts(t, buf.Bytes()), unzipParts(t, excelizeWrite(t, c.sheet, c.records))
			for part := range theirs {
				if _, ok := ours[part]; !ok {
					t.Errorf("no part %s", part)
				}
			}
			for part, b := range ours {
				want, ok := theirs[part]
				if !ok {
					t.Errorf("part %s, which excelize does not write", part)
					continue
				}
				if part == coreProperties {
					// Ours names Roster Desk and the save time
					// (TestDocumentProperties); the template is
					// excelize's.
					b = []byte(mustTemplate(part))
				}
				if !bytes.Equal(b, want) {
					t.Errorf("%s differs from excelize's:\n got %s\nwant %s", part, clip(b), clip(want))
				}
			}
		})
	}
}

// clip shortens a part for a message: where it starts to differ is
// usually in its first few hundred bytes after the namespaces.
func clip(b []byte) string {
	if i := bytes.Index(b, []byte("<dimension")); i > 0 {
		b = b[i:]
	}
	if len(b) > 1500 {
		b = b[:1500]
	}
	return string(b)
}

// readBack is what a reader gives for records: U+FFFD for what XML cannot
// hold, and every row as wide as the header.
func readBack(records [][]string) [][]string {
	out := make([][]string, len(records))
	for i, rec := range records {
		row := make([]string, len(records[0]))
		for j, v := range rec {
			row[j] = strings.Map(func(r rune) rune {
				if !inCharacterRange(r) {
					return '\ufffd'
				}
				return r
			}, strings.ToValidUTF8(v, "\ufffd"))
		}
		out[i] = row
	}
	return out
}

func TestExcelizeReadsItBack(t *testing.T) {
	records := append([][]string{header}, trickyRows...)
	records = append(records, []string{"_xD800_"}) // excelize itself would drop it
	path := writeFile(t, "Sheet1", records)
	f, err := excelize.OpenFile(path, excelize.Options{TmpDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Sheet1", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		for len(rows[i]) < len(header) {
			rows[i] = append(rows[i], "")
		}
	}
	want := readBack(records)
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("excelize read\n %q\nwant\n %q", rows, want)
	}
}

func TestOpenpyxlReadsItBack(t *testing.T) {
	const python = "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import openpyxl").Run(); err != nil {
		t.Skipf("no openpyxl for %s: %v", python, err)
	}
	records := append([][]string{header}, trickyRows...)
	path := writeFile(t, "Roster", records)
	// Read-only mode trusts <dimension>: a wrong one loses rows or cells.
	const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
ws = wb["Roster"]
print(json.dumps({"dim": ws.calculate_dimension(), "rows": [["" if c.value is None else c.value for c in r] for r in ws.iter_rows()],
  "types": sorted({type(c.value).__name__ for r in ws.iter_rows() for c in r if c.value is not None})}))
`
	out, err := exec.Command(python, "-c", script, path).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	var got struct {
		Dim   string
		Rows  [][]string
		Types []string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if got.Dim != "A1:H7" {
		t.Errorf("dimension %s", got.Dim)
	}
	if !reflect.DeepEqual(got.Types, []string{"str"}) {
		t.Errorf("cell types %q, want only str", got.Types)
	}
	want := readBack(records)
	for _, row := range want {
		for j, v := range row {
			// openpyxl keeps Office's _xHHHH_ escapes as written, where
			// Excel and excelize read "_x005F_x0041_" as "_x0041_".
			row[j] = bstrMarshal(v)
		}
	}
	if !reflect.DeepEqual(got.Rows, want) {
		t.Errorf("openpyxl read\n %q\nwant\n %q", got.Rows, want)
	}
}

func TestRefusesWhatItCannotWrite(t *testing.T) {
	long := strings.Repeat("é", MaxCellChars+1)
	var buf bytes.Buffer
	if err := Write(&buf, "Sheet1", [][]string{{"a"}, {long}}, saved); !errors.Is(err, ErrTooLong) {
		t.Errorf("a value of %d letters: %v", MaxCellChars+1, err)
	}
	if err := Write(&buf, "Sheet1", [][]string{{"a"}, {strings.Repeat("é", MaxCellChars)}}, saved); err != nil {
		t.Errorf("a value of %d letters: %v", MaxCellChars, err)
	}
	if err := Write(&buf, "Sheet1", [][]string{{"a"}, {"b", "c"}}, saved); err == nil {
		t.Error("a row wider than the header was written")
	}
	if err := Write(&buf, "Sheet1", nil, saved); err == nil {
		t.Error("no header was written")
	}
}

func TestCellNames(t *testing.T) {
	for col, want := range map[int]string{1: "A1", 26: "Z1", 27: "AA1", 52: "AZ1", 53: "BA1", 702: "ZZ1", 703: "AAA1", 16384: "XFD1"} {
		if got := string(appendCellName(nil, col, 1)); got != want {
			t.Errorf("column %d: %s, want %s", col, got, want)
		}
		if name, _ := excelize.CoordinatesToCellName(col, 1); name != want {
			t.Errorf("excelize names column %d %s", col, name)
		}
	}
}

// writeFile writes records to a file and returns its path.
func writeFile(t *testing.T, sheet string, records [][]string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "out.xlsx")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := Write(f, sheet, records, saved); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// The file's document properties name Roster Desk as its author and the
// save time, in UTC, as when it was created and modified, as excelize
// reads them (tester T38: they said "xuri" and 2006-09-16).
func TestDocumentProperties(t *testing.T) {
	f, err := excelize.OpenFile(writeFile(t, "Sheet1", [][]string{header}))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if p.Creator != "Roster Desk" || p.Created != "2026-12-02T14:04:05Z" || p.Modified != p.Created {
		t.Errorf("creator %q, created %q, modified %q; want Roster Desk at 2026-12-02T14:04:05Z", p.Creator, p.Created, p.Modified)
	}
}
