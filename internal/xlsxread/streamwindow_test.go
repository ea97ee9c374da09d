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

func TestWindowedCountsSheetDataAcrossChunks(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 9))
	for range 40 {
		var b []byte
		for range rng.IntN(30) {
			b = append(b, strings.Repeat("xD", rng.IntN(6))...)
			b = append(b, []string{"sheetData", "sheetDat", "heetData", "<sheetData/>"}[rng.IntN(4)]...)
		}
		want := countSheetData(b)
		for chunk := 1; chunk <= 20; chunk++ {
			if got, err := windowedBytes(b, chunk, 8).finish(); got != want || err != nil {
				t.Fatalf("%q in chunks of %d: %d sheetData, %v; want %d", b, chunk, got, err, want)
			}
		}
	}
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
