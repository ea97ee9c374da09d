package sheet

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
)

// systemPython is the interpreter with openpyxl installed system-wide (not
// a pyenv shim, which may lack it).
const systemPython = "/usr/bin/python3"

// openpyxlScript prints the rows of the first sheet as openpyxl's read-only
// mode sees them: it trusts <dimension>, so a wrong one loses rows. It also
// prints each cell's type, which must be "s" (string) or "n" for an empty
// cell.
const openpyxlScript = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
ws = wb[wb.sheetnames[0]]
rows, types = [], set()
for row in ws.iter_rows():
    rows.append(["" if c.value is None else c.value for c in row])
    for c in row:
        if c.value is not None:
            types.add(type(c.value).__name__)
print(json.dumps({"sheets": wb.sheetnames, "rows": rows, "types": sorted(types)}))
`

// openpyxlRead reads path with openpyxl, or skips the test saying why it
// cannot.
func openpyxlRead(t *testing.T, path string) (sheets []string, rows [][]string, types []string) {
	t.Helper()
	needOpenpyxl(t)
	out, err := exec.Command(systemPython, "-c", openpyxlScript, path).Output()
	if err != nil {
		t.Fatalf("openpyxl could not read the file: %v", err)
	}
	var got struct {
		Sheets []string
		Rows   [][]string
		Types  []string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("openpyxl output %q: %v", out, err)
	}
	return got.Sheets, got.Rows, got.Types
}

// needOpenpyxl skips the test, saying why, where systemPython or its
// openpyxl is missing.
func needOpenpyxl(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(systemPython); err != nil {
		t.Skipf("no %s: %v", systemPython, err)
	}
	if err := exec.Command(systemPython, "-c", "import openpyxl").Run(); err != nil {
		t.Skipf("openpyxl is not installed for %s: %v", systemPython, err)
	}
}

func TestExportUploadOpenpyxl(t *testing.T) {
	r, want := exportRoster()
	path := filepath.Join(t.TempDir(), UploadName("Borås", fixedDate))
	if _, err := WriteUpload(path, r); err != nil {
		t.Fatal(err)
	}
	sheets, rows, types := openpyxlRead(t, path)
	if !reflect.DeepEqual(sheets, []string{"Sheet1"}) {
		t.Errorf("sheets = %q", sheets)
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("openpyxl read:\n got %q\nwant %q", rows, want)
	}
	if !reflect.DeepEqual(types, []string{"str"}) {
		t.Errorf("openpyxl cell types = %q, want only str", types)
	}
}

func TestWorkingCopyOpenpyxl(t *testing.T) {
	r := workingRoster()
	path := filepath.Join(t.TempDir(), "roster.xlsx")
	if err := SaveWorkingCopy(path, r); err != nil {
		t.Fatal(err)
	}
	sheets, rows, types := openpyxlRead(t, path)
	if !reflect.DeepEqual(sheets, []string{"Roster"}) {
		t.Errorf("sheets = %q", sheets)
	}
	if want := WorkingCopyRecords(r); !reflect.DeepEqual(rows, want) {
		t.Errorf("openpyxl read:\n got %q\nwant %q", rows, want)
	}
	if !reflect.DeepEqual(types, []string{"str"}) {
		t.Errorf("openpyxl cell types = %q, want only str", types)
	}
}
