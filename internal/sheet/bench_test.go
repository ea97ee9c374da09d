package sheet

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// BenchmarkRoster measures, in one run and on the same generated files,
// what a user waits for with a large roster, against a bare excelize read
// of the same file:
//
//	go test ./internal/sheet -run '^$' -bench Roster -benchmem
//	ROSTER_BENCH_ROWS=1000,100000,1000000 go test ./internal/sheet -run '^$' -bench Roster -benchtime 1x -timeout 1h
//
// For each size and xlsx flavour (shared strings as Excel writes them,
// inline strings as streaming writers do) it reads the file with excelize's
// Rows iterator and nothing else (bare-excelize), then imports it (import)
// and imports and fully checks it (import+check); then it imports the csv,
// exports the upload file, and re-checks one edit. Each reports its time
// as a multiple of bare excelize on the shared-strings file of its size
// (x-bare; on its own file for the inline flavour) and the peak heap in
// use while it ran (peak-MB, sampled every 20 ms).
func BenchmarkRoster(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run("rows="+sizeName(n), func(b *testing.B) {
			var bareShared float64
			for _, format := range []string{"xlsx-shared", "xlsx-inline"} {
				var bare float64
				b.Run(format+"/bare-excelize", func(b *testing.B) { bare = benchBareExcelize(b, benchFile(b, format, n), n) })
				if format == "xlsx-shared" {
					bareShared = bare
				}
				b.Run(format+"/import", func(b *testing.B) { benchImport(b, benchFile(b, format, n), n, false, bare) })
				b.Run(format+"/import+check", func(b *testing.B) { benchImport(b, benchFile(b, format, n), n, true, bare) })
			}
			b.Run("csv/import", func(b *testing.B) { benchImport(b, benchFile(b, "csv", n), n, false, bareShared) })
			b.Run("csv/import+check", func(b *testing.B) { benchImport(b, benchFile(b, "csv", n), n, true, bareShared) })
			b.Run("export", func(b *testing.B) { benchExport(b, benchFile(b, "xlsx-shared", n), n, bareShared) })
			b.Run("one-edit-recheck", func(b *testing.B) { benchRecheck(b, benchFile(b, "xlsx-shared", n), n) })
		})
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" && benchDir != keptDir {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// benchBareExcelize reads path with excelize's streaming Rows iterator,
// every cell of every row and nothing more, and returns the time per read.
func benchBareExcelize(b *testing.B, path string, rows int) float64 {
	stop := peakHeap(b)
	for b.Loop() {
		if n := excelizeRows(b, path); n != rows+1 {
			b.Fatalf("%d rows", n)
		}
	}
	stop()
	return perOp(b)
}

// excelizeRows reads every cell of Sheet1 of path with excelize's
// streaming Rows iterator and returns the rows read, the header's among
// them.
func excelizeRows(b *testing.B, path string) int {
	f, err := excelize.OpenFile(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	it, err := f.Rows("Sheet1")
	if err != nil {
		b.Fatal(err)
	}
	defer it.Close()
	n := 0
	for it.Next() {
		if _, err := it.Columns(); err != nil {
			b.Fatal(err)
		}
		n++
	}
	return n
}

// benchImport imports path, and checks the roster when check is set.
func benchImport(b *testing.B, path string, rows int, withCheck bool, bare float64) {
	stop := peakHeap(b)
	for b.Loop() {
		imp, err := ReadFile(path)
		if err != nil || len(imp.Roster.Rows) != rows {
			b.Fatal(err)
		}
		if withCheck {
			check.NewChecker(imp.Roster)
		}
	}
	stop()
	reportRatio(b, bare)
}

// benchExport writes the upload file of the imported roster, read back
// and verified as every export is.
func benchExport(b *testing.B, path string, rows int, bare float64) {
	imp, err := ReadFile(path)
	if err != nil || len(imp.Roster.Rows) != rows {
		b.Fatal(err)
	}
	out := filepath.Join(b.TempDir(), "upload.xlsx")
	stop := peakHeap(b)
	for b.Loop() {
		if _, err := WriteUpload(out, imp.Roster); err != nil {
			b.Fatal(err)
		}
	}
	stop()
	reportRatio(b, bare)
}

// benchRecheck measures one edit and its re-check in the checker of the
// imported roster: an email typed into a duplicate of another row's and
// back, the edit that touches most indexes.
func benchRecheck(b *testing.B, path string, rows int) {
	imp, err := ReadFile(path)
	if err != nil || len(imp.Roster.Rows) != rows {
		b.Fatal(err)
	}
	r := imp.Roster
	c := check.NewChecker(r)
	row, other := r.Rows[len(r.Rows)/2], r.Rows[1]
	values := []string{other.Values[roster.Email], row.Values[roster.Email]}
	i := 0
	for b.Loop() {
		old := row.Values[roster.Email]
		row.Values[roster.Email] = values[i%2]
		c.Changed(row, roster.Email, old)
		c.Counts()
		i++
	}
}

// perOp is b's time per operation in nanoseconds.
func perOp(b *testing.B) float64 {
	if b.N == 0 {
		return 0
	}
	return float64(b.Elapsed().Nanoseconds()) / float64(b.N)
}

// reportRatio reports b's time per operation as a multiple of bare.
func reportRatio(b *testing.B, bare float64) {
	if bare > 0 {
		b.ReportMetric(perOp(b)/bare, "x-bare")
	}
}

// peakHeap samples the heap in use until stop is called, and reports the
// peak in MB.
func peakHeap(b *testing.B) (stop func()) {
	runtime.GC()
	done, finished := make(chan struct{}), make(chan uint64)
	go func() {
		var peak uint64
		var ms runtime.MemStats
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			select {
			case <-done:
				finished <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return func() {
		close(done)
		b.ReportMetric(float64(<-finished)/(1<<20), "peak-MB")
	}
}
