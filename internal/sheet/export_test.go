package sheet

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/roster/rostertest"
	"rosterdesk/internal/tempfiles"
)

// uploadHeader is the header row the platform expects.
var uploadHeader = []string{"Email", "FirstName", "LastName", "Class", "School", "Municipality", "Role", "SSOID"}

// exportRoster builds a roster with the values that spreadsheets like to
// mangle, protected rows, blank rows and extra columns, and returns it with
// the upload rows it must give (header first). A municipality written
// with "Stad" or as its code is written by its name (tester T10, T57).
func exportRoster() (*roster.Roster, [][]string) {
	r := roster.New()
	r.AddExtraColumn("Personnummer")
	r.AddExtraColumn("Anteckning")
	add := func(extra []string, protected bool, v ...string) {
		row := r.Append([roster.NumFields]string(v))
		row.Extra, row.Protected = extra, protected
	}
	add([]string{"200101011234", "note"}, false,
		" åsa@skola.se ", "Åsa", "Östlund 😀", "9 a", "Ängby skola", "Borås", "Elev", "123456789012")
	add(nil, false, "+46701234567", "0701234567", "=SUM(A1)", "9b", "-5", "Borås Stad", "student", "0701")
	add(nil, true, "hidden@skola.se", "Hemlig", "Person", "8C", "Ängby skola", "Borås", "Elev", "")
	add(nil, false, "", "", "", "", "", "", "", "") // blank: left out
	add([]string{"", "x"}, false, "lärare@skola.se", "Lärare", "@home", "7A", "Ängby skola", "Borås", "Lärare", "000123")
	add(nil, false, "1e5", "TRUE", "1/2", "åk 9c", "00:30", " 1490 ", "", "12345678901234567890")
	add(nil, true, "", "", "", "", "", "", "", "")                                      // protected and empty: counted, left out
	add(nil, false, "x@y.se", "  Ann  ", "Öberg", "", "Skola", "Borås", "Teacher", " ") // teacher without class
	want := [][]string{
		uploadHeader,
		{"åsa@skola.se", "Åsa", "Östlund 😀", "9A", "Ängby skola", "Borås", "student", "123456789012"},
		{"+46701234567", "0701234567", "=SUM(A1)", "9B", "-5", "Borås", "student", "0701"},
		{"lärare@skola.se", "Lärare", "@home", "", "Ängby skola", "Borås", "teacher", "000123"},
		{"1e5", "TRUE", "1/2", "åk 9c", "00:30", "Borås", "", "12345678901234567890"},
		{"x@y.se", "Ann", "Öberg", "", "Skola", "Borås", "teacher", ""},
	}
	return r, want
}

func TestExportUploadRoundTrip(t *testing.T) {
	r, want := exportRoster()
	path := filepath.Join(t.TempDir(), UploadName(r.Municipality(), fixedDate))
	sum, err := WriteUpload(path, r)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Path != path || sum.Rows != len(want)-1 || sum.Protected != 2 {
		t.Errorf("summary = %+v, want %d rows, 2 protected", sum, len(want)-1)
	}
	if !reflect.DeepEqual(sum.DroppedColumns, []string{"Personnummer", "Anteckning"}) {
		t.Errorf("dropped columns = %q", sum.DroppedColumns)
	}
	if got := readUploadCells(t, path); !reflect.DeepEqual(got, want) {
		t.Errorf("cells read back:\n got %q\nwant %q", got, want)
	}
	xml := sheetXML(t, path)
	if m := regexp.MustCompile(`<dimension ref="([^"]*)"`).FindStringSubmatch(xml); m == nil || m[1] != "A1:H6" {
		t.Errorf("dimension = %v, want A1:H6", m)
	}
	if strings.Contains(xml, `t="n"`) || strings.Contains(xml, "<f>") || strings.Contains(xml, "<f ") {
		t.Error("sheet has a number or formula cell")
	}
	for _, c := range regexp.MustCompile(`<c [^>]*>`).FindAllString(xml, -1) {
		if !strings.Contains(c, `t="s"`) && !strings.Contains(c, `t="inlineStr"`) {
			t.Errorf("cell %s is not a text cell", c)
		}
	}
	for _, bad := range []string{"hidden@skola.se", "Hemlig", "200101011234", "Personnummer", "note"} {
		if strings.Contains(xml, bad) || strings.Contains(zipText(t, path, "xl/sharedStrings.xml"), bad) {
			t.Errorf("the file holds %q", bad)
		}
	}
}

func TestExportUploadReadFile(t *testing.T) {
	r, want := exportRoster()
	path := filepath.Join(t.TempDir(), "upload.xlsx")
	if _, err := WriteUpload(path, r); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if imp.Sheet != "Sheet1" || imp.HeaderRow != 1 || len(imp.Roster.ExtraColumns) != 0 || imp.ProtectedColumn != "" {
		t.Errorf("import: sheet %q, header row %d, extra %q, protected %q",
			imp.Sheet, imp.HeaderRow, imp.Roster.ExtraColumns, imp.ProtectedColumn)
	}
	var got [][]string
	for _, row := range imp.Roster.Rows {
		got = append(got, row.Values[:])
	}
	if !reflect.DeepEqual(got, want[1:]) {
		t.Errorf("ReadFile gave:\n got %q\nwant %q", got, want[1:])
	}
}

func TestExportUploadOnlyHeader(t *testing.T) {
	r := roster.New()
	path := filepath.Join(t.TempDir(), "empty.xlsx")
	sum, err := WriteUpload(path, r)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rows != 0 || len(sum.DroppedColumns) != 0 {
		t.Errorf("summary = %+v", sum)
	}
	if got := readUploadCells(t, path); !reflect.DeepEqual(got, [][]string{uploadHeader}) {
		t.Errorf("cells = %q", got)
	}
}

// readUploadCells opens path with excelize and returns the raw cells of
// its only sheet, which must be Sheet1.
func readUploadCells(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !reflect.DeepEqual(got, []string{"Sheet1"}) {
		t.Fatalf("sheets = %q, want [Sheet1]", got)
	}
	rows, err := f.GetRows("Sheet1", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		for len(rows[i]) < len(uploadHeader) {
			rows[i] = append(rows[i], "")
		}
	}
	return rows
}

// sheetXML returns the first worksheet's XML of the workbook at path.
func sheetXML(t *testing.T, path string) string {
	return zipText(t, path, "xl/worksheets/sheet1.xml")
}

// zipText returns the named member of the zip at path, or "" if absent.
func zipText(t *testing.T, path, name string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	return ""
}

// TestExportSpillsNothing writes a large upload file and watches the
// temporary folder and the target folder meanwhile: the export writes
// nothing but its own temporary file beside the target (excelize's stream
// writer used to spill the whole list to the temporary folder), and
// nothing is left afterwards.
func TestExportSpillsNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 60,000-row file")
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // os.TempDir on Unix
	t.Setenv("TMP", tmp)    // and on Windows
	r := roster.New()
	for i := range 60_000 {
		r.Append([roster.NumFields]string{fmt.Sprintf("elev%d@skola.example.se", i), "Tova", "Lind",
			"9A", "Norrskolan", "Borås", "student", fmt.Sprint(100000000000 + i)})
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "Binogi_Borås_20260901.xlsx")

	var sawTemp, sawOther atomic.Value
	done := make(chan error)
	go func() {
		_, err := WriteUpload(out, r)
		done <- err
	}()
	for watching := true; watching; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			watching = false
		case <-time.After(2 * time.Millisecond):
		}
		if entries, _ := os.ReadDir(tmp); len(entries) > 0 {
			sawTemp.Store(entries[0].Name())
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if name := e.Name(); name != filepath.Base(out) && !tempfiles.IsOwnTemp(name) {
				sawOther.Store(name)
			}
		}
	}
	if name := sawTemp.Load(); name != nil {
		t.Errorf("the export wrote %s into the temporary folder", name)
	}
	if name := sawOther.Load(); name != nil {
		t.Errorf("the export wrote %s beside the target", name)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left in the temporary folder: %v", left)
	}
	if left, _ := os.ReadDir(dir); len(left) != 1 {
		t.Errorf("left beside the target: %v", left)
	}
}

// TestUploadRecordsOfLargeList makes a large list's records, which are
// made a part on each processor, and compares them with the rows' own
// records one after the other: the same records in the list's order, and
// the same counts.
func TestUploadRecordsOfLargeList(t *testing.T) {
	r := rostertest.Roster(3*parallelRecords + 17)
	for i, row := range r.Rows {
		switch i % 101 {
		case 3:
			row.Protected = true
		case 5:
			row.LeftOut = true
		case 7:
			row.Values = [roster.NumFields]string{}
		}
	}
	records, protected, leftOut := UploadRecords(r)
	want := [][]string{records[0]}
	var wantProtected, wantLeftOut int
	for _, row := range r.Rows {
		rec, kept := uploadRecord(row)
		switch kept {
		case keptRow:
			want = append(want, rec)
		case protectedRow:
			wantProtected++
		case leftOutRow:
			wantLeftOut++
		}
	}
	if wantProtected == 0 || wantLeftOut == 0 || len(want) > len(r.Rows)-wantLeftOut {
		t.Fatalf("the list has %d protected, %d left out and %d records: not the list meant", wantProtected, wantLeftOut, len(want))
	}
	if !reflect.DeepEqual(records, want) || protected != wantProtected || leftOut != wantLeftOut {
		t.Errorf("%d records, %d protected, %d left out; want %d, %d, %d in the list's order",
			len(records), protected, leftOut, len(want), wantProtected, wantLeftOut)
	}
}
