package sheet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"rosterdesk/internal/xlsxread"
	"rosterdesk/internal/xlsxread/xlsxtest"
)

// openpyxlCellsScript prints, for each file, every cell openpyxl holds in
// each worksheet, where openpyxl put it: by its reference, the last of two
// with one reference kept, as Excel does. Values are written as the
// readers give them: numbers as typed, a boolean as 1 or 0, a date as
// ISO 8601 (dateCells), _xHHHH_ escapes decoded as Excel decodes them. ws._cells is openpyxl's own map of the cells by
// place, which is what is compared.
const openpyxlCellsScript = `
import datetime, json, re, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
from openpyxl.worksheet._reader import WorksheetReader
# The readers read each cell's own value; what a merged range hides is
# not placement, so openpyxl is kept from clearing it.
WorksheetReader.bind_merged_cells = lambda self: None

def text(v):
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e17 else repr(v)
    if isinstance(v, datetime.datetime):
        if (v.hour, v.minute, v.second) == (0, 0, 0):
            return v.strftime("%Y-%m-%d")
        return v.strftime("%Y-%m-%d %H:%M" + (":%S" if v.second else ""))
    if isinstance(v, datetime.time):
        return v.strftime("%H:%M" + (":%S" if v.second else ""))
    if isinstance(v, datetime.date):
        return v.strftime("%Y-%m-%d")
    # openpyxl 3.0 leaves the escapes of ST_Xstring (_x000D_) as
    # written; Excel, and so the readers, decode them.
    return re.sub("_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), v)

out = {}
for path in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(path, data_only=True)
    except Exception as e:
        out[path] = {"error": type(e).__name__}
        continue
    sheets = {}
    for ws in wb.worksheets:
        sheets[ws.title] = [[r, c, text(cell.value)] for (r, c), cell in ws._cells.items() if cell.value is not None]
    out[path] = {"sheets": sheets}
print(json.dumps(out))
`

// openpyxlFile is what openpyxlCellsScript says of one file.
type openpyxlFile struct {
	Error  string
	Sheets map[string][][3]any
}

// openpyxlCells reads files with openpyxl, or skips the test when
// python3-openpyxl is not installed.
func openpyxlCells(t *testing.T, files []string) map[string]openpyxlFile {
	t.Helper()
	if _, err := os.Stat(systemPython); err != nil {
		t.Skipf("no %s: %v", systemPython, err)
	}
	if err := exec.Command(systemPython, "-c", "import openpyxl").Run(); err != nil {
		t.Skipf("openpyxl is not installed for %s: %v", systemPython, err)
	}
	out, err := exec.Command(systemPython, append([]string{"-c", openpyxlCellsScript}, files...)...).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	var got map[string]openpyxlFile
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	return got
}

// importFromCells reads cells placed by openpyxl (row, column, value) as
// a sheet, through the same header search and row building as the
// readers; nil when it has no header.
func importFromCells(cells [][3]any, path, sheet string) (*Import, error) {
	rows := map[int][]string{}
	last := 0
	for _, c := range cells {
		r, col, v := int(c[0].(float64)), int(c[1].(float64)), c[2].(string)
		for len(rows[r]) < col {
			rows[r] = append(rows[r], "")
		}
		rows[r][col-1] = v
		last = max(last, r)
	}
	return readRows(&Import{Path: path, Format: "xlsx", Sheet: sheet}, xlsxread.Sheet{Rows: func(row xlsxread.RowFunc) error {
		for line := 1; line <= last && row(rows[line], line); line++ {
		}
		return nil
	}})
}

// TestReadersAgreeWithOpenpyxl reads every fixture, corpus and generated
// workbook with the fast reader, the excelize path and openpyxl: what the
// readers read, openpyxl places alike, cell for cell.
func TestReadersAgreeWithOpenpyxl(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for _, g := range []string{"testdata/import/*.xlsx", "testdata/export/*.xlsx",
		"../../cmd/roster/testdata/producers/*.xlsx", "testdata/hostile/*.xlsx"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	for seed := range uint64(40) {
		name := filepath.Join(dir, fmt.Sprintf("generated%02d.xlsx", seed))
		if err := os.WriteFile(name, xlsxtest.TinyXLSX(t, xlsxtest.GenSheetXML(seed, 200)), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, name)
	}
	read := map[string]*Import{}
	var readFiles []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		fast, ferr := readXLSX(bytes.NewReader(data), int64(len(data)), name, true)
		slow, serr := readXLSX(bytes.NewReader(data), int64(len(data)), name, false)
		if (ferr == nil) != (serr == nil) || ferr == nil && dump(fast) != dump(slow) {
			t.Errorf("%s: the fast reader (%v) and the excelize path (%v) disagree:\n%v\n%v", name, ferr, serr, fast, slow)
			continue
		}
		if ferr == nil {
			read[name] = fast
			readFiles = append(readFiles, name)
		}
	}
	ref := openpyxlCells(t, readFiles)
	for _, name := range readFiles {
		imp, got := read[name], ref[name]
		if filepath.Base(name) == "strict_ooxml.xlsx" {
			// openpyxl 3.0 knows no Strict OOXML: it finds no worksheet.
			if got.Error != "" || len(got.Sheets) != 0 {
				t.Errorf("%s: openpyxl now reads Strict OOXML (%v): compare it", name, got)
			}
			continue
		}
		if got.Error != "" {
			t.Errorf("%s: read, but openpyxl cannot read it: %s", name, got.Error)
			continue
		}
		// Each sheet read as openpyxl places its cells, the sheets joined
		// as the readers join them.
		var want *Import
		for _, src := range imp.Sources {
			cells, ok := got.Sheets[src.Sheet]
			if !ok {
				t.Errorf("%s: read sheet %q, which openpyxl does not have as a worksheet", name, src.Sheet)
				break
			}
			one, err := importFromCells(cells, name, src.Sheet)
			if err != nil || one == nil {
				t.Errorf("%s: as openpyxl places the cells of %q, %v, no header", name, src.Sheet, err)
				break
			}
			one.classFromSheetName()
			if want == nil {
				want = one
			} else {
				want.Append(one)
			}
		}
		if want == nil || len(want.Sources) != len(imp.Sources) {
			continue
		}
		// Whether white space around a text is kept is not placement:
		// openpyxl drops it where xml:space does not say preserve.
		want.Trimmed = imp.Trimmed
		if dump(imp) != dump(want) {
			t.Errorf("%s: the readers and openpyxl disagree:\nread    %s\nopenpyxl %s", name, dump(imp), dump(want))
		}
	}
	t.Logf("%d of %d workbooks read, each as openpyxl places it", len(readFiles), len(files))
	if len(readFiles) < 30 {
		t.Errorf("only %d workbooks read", len(readFiles))
	}
}

// dump shows an import for a failing test.
func dump(imp *Import) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s header %d cols %v prot %q trimmed %d extra %q\n", imp.Sheet, imp.HeaderRow,
		imp.Columns, imp.ProtectedColumn, imp.Trimmed, imp.Roster.ExtraColumns)
	for _, r := range imp.Roster.Rows {
		fmt.Fprintf(&b, "  %d/%d %q %q %v\n", r.Source, r.SourceLine, r.Values, r.Extra, r.Protected)
	}
	return b.String()
}
