package xlsxread

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

// windowedBytes is a windowed part of data, in chunks of chunk bytes,
// scanned in a window of room bytes to start with.
func windowedBytes(data []byte, chunk, room int) *streamPart {
	open := func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
	return windowed(open, len(data), chunk, room)
}

func TestWindowedScanReadsRowsAsWhole(t *testing.T) {
	sheets := map[string][]byte{"hidden rows": hiddenSheet(pipeBatch, pipeBatch-3)}
	for seed := range uint64(3) {
		sheets[fmt.Sprint("generated ", seed)] = []byte(xlsxtest.GenSheetXML(seed, 120))
	}
	for name, rows := range brokenSheets() {
		sheets[name] = []byte(xlsxtest.Worksheet(rows, ""))
	}
	sheets["cut short"] = sheets["hidden rows"][:len(sheets["hidden rows"])*2/3]
	// "sheetData" in the text, counted by settle wherever it is: three
	// times declines the part, twice (with the markup's) does not.
	word := xlsxtest.InlineRow(1, "sheetData", "x sheetData y") + xlsxtest.InlineRow(2, "Ella", "Berg")
	sheets["the word in text"] = []byte(xlsxtest.Worksheet(word, ""))
	sheets["the word in text once"] = []byte(xlsxtest.Worksheet(xlsxtest.InlineRow(1, "sheetDat", "heetData"), ""))
	sheets["a long row"] = []byte(xlsxtest.Worksheet(xlsxtest.InlineRow(1, strings.Repeat("Å", 3000), "Ek")+
		xlsxtest.InlineRow(2, "Ella", "Berg"), `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`))
	for name, data := range sheets {
		want, wwhere, werr := scanWith(data, 0, scanSheetGuarded)
		werr = settle(wholePart(data), werr)
		for _, chunk := range []int{1, 5, 64, 4096} {
			for _, room := range []int{1, 100, 1 << 16} {
				src := windowedBytes(data, chunk, room)
				got, gwhere, gerr := scanWithSource(src, 0, scanSheetGuarded)
				gerr = settle(src, gerr)
				if !reflect.DeepEqual(got, want) || fmt.Sprint(gerr) != fmt.Sprint(werr) || gwhere != wwhere {
					t.Errorf("%s, windowed (chunk %d, room %d): %d rows, %v at %v; whole: %d rows, %v at %v",
						name, chunk, room, len(got), gerr, gwhere, len(want), werr, wwhere)
				}
			}
		}
	}
}

func TestWindowedScanStoppedEarlyFinishes(t *testing.T) {
	data := hiddenSheet(3*pipeBatch, 0)
	for _, stopAt := range []int{1, pipeBatch + 1} {
		want, _, werr := scanWith(data, stopAt, scanSheetPiped)
		src := windowedBytes(data, 100, 10)
		got, _, gerr := scanWithSource(src, stopAt, scanSheetPiped)
		if !reflect.DeepEqual(got, want) || gerr != werr {
			t.Errorf("stopped at %d: %d rows, %v; whole: %d rows, %v", stopAt, len(got), gerr, len(want), werr)
		}
		// The rest is taken, so the inflating goroutine ends.
		if n, err := src.finish(); n != 2 || err != nil {
			t.Errorf("stopped at %d, then finished: %d sheetData, %v", stopAt, n, err)
		}
	}
}

func TestWindowedLearnsFactsAcrossChunks(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 9))
	words := []string{"sheetData", "sheetDat", "heetData", "<sheetData/>", "</sheetData>", "</sheetData", "strike",
		"strik", `<mergeCell ref="A1:A3"/>`, `<mergeCell ref="B2:B4"/>`, "<"}
	for range 60 {
		var b []byte
		for range rng.IntN(30) {
			b = append(b, strings.Repeat("xD/", rng.IntN(4))...)
			b = append(b, words[rng.IntN(len(words))]...)
		}
		for chunk := 1; chunk <= 25; chunk++ {
			src := windowedBytes(b, chunk, 8)
			count, err := src.finish()
			strike := src.win.hasStrike()
			if count != countSheetData(b) || err != nil || strike != bytes.Contains(b, strikeWord) ||
				!reflect.DeepEqual(src.win.merges(), dataMerges(b)) {
				t.Fatalf("%q in chunks of %d: %d sheetData, %v, strike %v, merges %v; want %d, strike %v, merges %v",
					b, chunk, count, err, strike, src.win.merges(), countSheetData(b), bytes.Contains(b, strikeWord), dataMerges(b))
			}
		}
	}
}

func TestWindowedPartScannedTwiceDeclines(t *testing.T) {
	src := windowedBytes(hiddenSheet(20, 0), 64, 64)
	if _, _, err := scanWithSource(src, 0, scanSheetGuarded); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if recover() == nil {
			t.Error("a windowed part scanned again gave its rows a second time, or none")
		}
	}()
	scanWithSource(src, 0, scanSheetGuarded)
}

func TestWindowedDeclinesPartNotItsSize(t *testing.T) {
	data := hiddenSheet(50, 0)
	for _, size := range []int{len(data) - 1, len(data) + 1} {
		open := func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
		if _, err := windowed(open, size, 64, 64).finish(); err != errDecline {
			t.Errorf("a part of %d bytes said to be %d: %v, want a decline", len(data), size, err)
		}
	}
	failing := func() (io.ReadCloser, error) { return nil, io.ErrUnexpectedEOF }
	if _, err := windowed(failing, 10, 64, 64).finish(); err != errDecline {
		t.Errorf("a part that does not open: %v, want a decline", err)
	}
}

// TestScanWrittenSheetHoldsNoWholeSheet reads back a written sheet of
// 17 MB inflated: what the read allocates, the rows' cells among it
// (about half as much), is less than the sheet, which holding the sheet
// whole could not be.
func TestScanWrittenSheetHoldsNoWholeSheet(t *testing.T) {
	var rows strings.Builder
	const n = 40_000
	for r := 1; r <= n; r++ {
		rows.WriteString(xlsxtest.InlineRow(r, "x", "y", "z", "7A", "Ekskolan", "Borås", "Elev", "1"))
	}
	sheet := xlsxtest.Worksheet(rows.String(), "")
	path := filepath.Join(t.TempDir(), "upload.xlsx")
	if err := os.WriteFile(path, xlsxtest.Zip(t, xlsxtest.OneSheet(sheet)), 0o600); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	got := 0
	err := ScanWrittenSheet(path, func(cells []string, line int) bool {
		got++
		return true
	})
	runtime.ReadMemStats(&after)
	if err != nil || got != n {
		t.Fatalf("%d rows, %v; want %d", got, err, n)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc >= uint64(len(sheet)) {
		t.Errorf("reading back a sheet of %d bytes allocated %d bytes: it was held whole", len(sheet), alloc)
	}
}

// sheetFacts are what the fast reader gives of a sheet, its rows and
// everything asked after them, for comparing two ways of reading it.
type sheetFacts struct {
	Name     string
	Rows     []scannedRow
	Merges   []Merge
	Marks    SheetMarks
	Filtered bool
}

// readFacts reads every sheet of data with the fast reader.
func readFacts(t *testing.T, name string, data []byte) ([]sheetFacts, error) {
	wb, err := openWorkbook(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	return readFast(wb, name, func(s Sheet) (sheetFacts, bool, error) {
		f := sheetFacts{Name: s.Name, Merges: s.Merges}
		err := s.Rows(func(cells []string, line int) bool {
			f.Rows = append(f.Rows, scannedRow{append([]string(nil), cells...), line, s.Hidden(line)})
			return true
		})
		f.Marks = s.Marks()
		f.Filtered = s.Filtered()
		return f, false, err
	}, true)
}

// TestWindowedReadsWorkbooksAsWhole reads every workbook of the tests,
// and generated ones, with each sheet held whole and through a window of
// small chunks: the rows, merged ranges, marks and filter are the same.
func TestWindowedReadsWorkbooksAsWhole(t *testing.T) {
	var files []string
	for _, g := range []string{"../sheet/testdata/import/*.xlsx", "../../cmd/roster/testdata/producers/*.xlsx",
		"../sheet/testdata/hostile/*.xlsx"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	books := map[string][]byte{}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		books[name] = data
	}
	struck := xlsxtest.InlineRow(1, "Förnamn", "Efternamn") + xlsxtest.InlineRow(2, "Tova", "Lind") +
		`<row r="3"><c r="A3" t="inlineStr"><is><r><rPr><strike/></rPr><t>Ella</t></r></is></c></row>`
	books["struck, filtered, merged"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(struck,
		`<autoFilter ref="A1:B3"/><mergeCells count="1"><mergeCell ref="B2:B3"/></mergeCells>`)))
	books["generated"] = xlsxtest.TinyXLSX(t, xlsxtest.GenSheetXML(7, 300))
	read := 0
	for name, data := range books {
		old, oldChunk := pipeMinBytes, windowChunk
		pipeMinBytes = 1 << 40 // every sheet held whole
		want, werr := readFacts(t, name, data)
		pipeMinBytes, windowChunk = 0, 7 // every sheet windowed
		got, gerr := readFacts(t, name, data)
		pipeMinBytes, windowChunk = old, oldChunk
		if fmt.Sprint(gerr) != fmt.Sprint(werr) || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: windowed %v, %+v;\nwhole %v, %+v", name, gerr, got, werr, want)
		}
		if werr == nil {
			read++
		}
	}
	if read < len(books)/2 {
		t.Errorf("the fast reader read %d of %d workbooks: too few to compare", read, len(books))
	}
}
