package sheet

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"
)

// goldenUpload is the committed upload file of exportRoster, written with
// go test -run TestExportGolden -update and checked by hand with openpyxl
// and LibreOffice (soffice --headless --convert-to csv).
var goldenUpload = filepath.Join("testdata", "export", "Binogi_Borås_20210807.xlsx")

// TestExportGolden reads the committed upload file back: what a reader
// sees in it must stay what exportRoster means, and today's export must
// still give the same cells.
func TestExportGolden(t *testing.T) {
	r, want := exportRoster()
	if *update {
		if _, err := WriteUpload(goldenUpload, r); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(goldenUpload, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(goldenUpload); err != nil {
		t.Fatalf("%v (run go test -run TestExportGolden -update to write it)", err)
	}
	if got := readUploadCells(t, goldenUpload); !reflect.DeepEqual(got, want) {
		t.Errorf("golden file cells:\n got %q\nwant %q", got, want)
	}
	xml := sheetXML(t, goldenUpload)
	if m := regexp.MustCompile(`<dimension ref="([^"]*)"`).FindStringSubmatch(xml); m == nil || m[1] != "A1:H6" {
		t.Errorf("golden dimension = %v, want A1:H6", m)
	}
	for _, c := range regexp.MustCompile(`<c [^>]*>`).FindAllString(xml, -1) {
		if !regexp.MustCompile(`t="(s|inlineStr)"`).MatchString(c) {
			t.Errorf("golden cell %s is not a text cell", c)
		}
	}

	fresh := filepath.Join(t.TempDir(), filepath.Base(goldenUpload))
	if _, err := WriteUpload(fresh, r); err != nil {
		t.Fatal(err)
	}
	if got := readUploadCells(t, fresh); !reflect.DeepEqual(got, readUploadCells(t, goldenUpload)) {
		t.Errorf("today's export differs from the golden file:\n got %q", got)
	}
}

// TestExportGoldenOpenpyxl reads the committed file with openpyxl's
// read-only mode, which trusts <dimension>. It is an extra third-party
// check: it skips where /usr/bin/python3 has no openpyxl.
func TestExportGoldenOpenpyxl(t *testing.T) {
	_, want := exportRoster()
	sheets, rows, types := openpyxlRead(t, goldenUpload)
	if !reflect.DeepEqual(sheets, []string{"Sheet1"}) {
		t.Errorf("sheets = %q", sheets)
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("openpyxl read the golden file as\n %q\nwant %q", rows, want)
	}
	if !reflect.DeepEqual(types, []string{"str"}) {
		t.Errorf("openpyxl cell types = %q, want only str", types)
	}
}
