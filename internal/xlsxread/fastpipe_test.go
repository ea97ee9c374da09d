package xlsxread

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

// pipeAll makes every sheet's scan run on a goroutine of its own for the
// rest of the test.
func pipeAll(t *testing.T) {
	old := pipeMinBytes
	pipeMinBytes = 0
	t.Cleanup(func() { pipeMinBytes = old })
}

// scannedRow is a row as a scan gave it, with whether the sheet hid it by
// the time it was given.
type scannedRow struct {
	cells  []string
	line   int
	hidden bool
}

// scanWith scans data with scan, stopping after stopAt rows (never when
// 0), and returns the rows given, where the guard refused and the error.
func scanWith(data []byte, stopAt int, scan func(*streamPart, []string, numberFunc, *Guard, hiddenLines,
	func([]string, int) bool) error) ([]scannedRow, [2]int, error) {
	var g Guard
	hidden := hiddenLines{}
	var rows []scannedRow
	noNumbers := func(int, int) (bool, error) { return false, nil }
	err := scan(wholePart(data), []string{"Förnamn", "Efternamn", "Roll", " Tova ", "Lind's", ""}, noNumbers, &g, hidden,
		func(cells []string, line int) bool {
			rows = append(rows, scannedRow{cells, line, hidden[line]})
			return stopAt == 0 || len(rows) < stopAt
		})
	r, c := g.Where()
	return rows, [2]int{r, c}, err
}

// hiddenSheet is a sheet of n rows of inline strings in which every
// seventh row is hidden, and row bad (if not 0) holds a cell longer than
// a cell may be.
func hiddenSheet(n, bad int) []byte {
	var b strings.Builder
	for r := 1; r <= n; r++ {
		row := xlsxtest.InlineRow(r, "Tova", fmt.Sprint("Lind", r), "7B")
		if r%7 == 0 {
			row = strings.Replace(row, `<row r="`+fmt.Sprint(r)+`"`, `<row r="`+fmt.Sprint(r)+`" hidden="1"`, 1)
		}
		if r == bad {
			row = strings.Replace(row, "</row>", `<c r="D`+fmt.Sprint(r)+`" t="inlineStr"><is><t>`+
				strings.Repeat("x", MaxCellChars+1)+`</t></is></c></row>`, 1)
		}
		b.WriteString(row)
	}
	return []byte(xlsxtest.Worksheet(b.String(), ""))
}

func TestScanPipedGivesRowsInOrder(t *testing.T) {
	pipeAll(t)
	sheets := map[string][]byte{"hidden rows": hiddenSheet(3*pipeBatch+5, 0)}
	for seed := range uint64(8) {
		sheets[fmt.Sprint("generated ", seed)] = []byte(xlsxtest.GenSheetXML(seed, 2000))
	}
	for name, data := range sheets {
		want, wwhere, werr := scanWith(data, 0, scanSheetGuarded)
		got, gwhere, gerr := scanWith(data, 0, scanSheetPiped)
		if !reflect.DeepEqual(got, want) || gerr != werr || gwhere != wwhere {
			t.Errorf("%s: piped scan gave %d rows, %v at %v; want %d rows, %v at %v", name, len(got), gerr, gwhere, len(want), werr, wwhere)
		}
	}
}

func TestScanPipedErrorMidSheet(t *testing.T) {
	pipeAll(t)
	data := hiddenSheet(5*pipeBatch, 2*pipeBatch+3)
	want, wwhere, werr := scanWith(data, 0, scanSheetGuarded)
	got, gwhere, gerr := scanWith(data, 0, scanSheetPiped)
	if !errors.Is(werr, ErrRefused) || wwhere != [2]int{2*pipeBatch + 3, 4} {
		t.Fatalf("the plain scan: %v at %v, want the damaged cell's row", werr, wwhere)
	}
	if gerr == nil || gerr.Error() != werr.Error() || gwhere != wwhere || !reflect.DeepEqual(got, want) {
		t.Errorf("piped scan: %d rows, %v at %v; want %d rows, %v at %v", len(got), gerr, gwhere, len(want), werr, wwhere)
	}
}

func TestScanPipedStops(t *testing.T) {
	pipeAll(t)
	// The damaged row lies after the row the caller stops at: as
	// without the goroutine, it is never seen.
	data := hiddenSheet(5*pipeBatch, 3*pipeBatch)
	stopAt := pipeBatch + 10
	got, _, err := scanWith(data, stopAt, scanSheetPiped)
	want, _, _ := scanWith(data, stopAt, scanSheetGuarded)
	if err != nil || len(got) != stopAt || !reflect.DeepEqual(got, want) {
		t.Errorf("stopped at %d: got %d rows and %v, want the first %d", stopAt, len(got), err, stopAt)
	}
}

func TestScanPipedPanicStopsScan(t *testing.T) {
	pipeAll(t)
	data := hiddenSheet(20*pipeBatch, 0)
	before := runtime.NumGoroutine()
	func() {
		defer func() {
			if recover() == nil {
				t.Error("the caller's panic was lost")
			}
		}()
		scanSheetPiped(wholePart(data), nil, nil, &Guard{}, nil, func([]string, int) bool { panic("a caller's bug") })
	}()
	for i := 0; runtime.NumGoroutine() > before; i++ {
		if i == 100 {
			t.Fatalf("%d goroutines after the panic, %d before: the scan goes on", runtime.NumGoroutine(), before)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestFastXLSXAgreesPiped is TestFastXLSXAgrees with each sheet
// inflated and scanned on goroutines of their own.
func TestFastXLSXAgreesPiped(t *testing.T) {
	pipeAll(t)
	agreeAll(t)
}
