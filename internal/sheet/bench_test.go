package sheet

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"rosterdesk/internal/check"
)

// Run the large-roster benchmarks in one process, on the same file:
//
//	go test ./internal/sheet -run '^$' -bench 100k -benchmem
//	ROSTER_BENCH_ROWS=1000000 go test ./internal/sheet -run '^$' -bench 100k -benchtime 1x
//
// Each reports its time as a multiple of bare excelize (x-bare) and the
// peak heap in use while it ran (peak-MB, sampled).

// bareNs is the time per read of BenchmarkBareExcelizeRows100k, which runs
// first, for the ratios of the others.
var bareNs float64

func TestMain(m *testing.M) {
	code := m.Run()
	if benchFiles.dir != "" {
		os.RemoveAll(benchFiles.dir)
	}
	os.Exit(code)
}

// reportRatio reports b's time per operation against bare excelize.
func reportRatio(b *testing.B) {
	if bareNs > 0 && b.N > 0 {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/bareNs, "x-bare")
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

func BenchmarkBareExcelizeRows100k(b *testing.B) {
	path, _, rows := benchRoster(b)
	stop := peakHeap(b)
	for b.Loop() {
		f, err := excelize.OpenFile(path)
		if err != nil {
			b.Fatal(err)
		}
		it, err := f.Rows("Sheet1")
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for it.Next() {
			if _, err := it.Columns(); err != nil {
				b.Fatal(err)
			}
			n++
		}
		it.Close()
		f.Close()
		if n != rows+1 {
			b.Fatalf("%d rows", n)
		}
	}
	stop()
	bareNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
}

func BenchmarkImport100k(b *testing.B) {
	path, _, rows := benchRoster(b)
	stop := peakHeap(b)
	for b.Loop() {
		imp, err := ReadFile(path)
		if err != nil || len(imp.Roster.Rows) != rows {
			b.Fatal(err)
		}
	}
	stop()
	reportRatio(b)
}

func BenchmarkImportCheck100k(b *testing.B) {
	path, _, rows := benchRoster(b)
	stop := peakHeap(b)
	for b.Loop() {
		imp, err := ReadFile(path)
		if err != nil || len(imp.Roster.Rows) != rows {
			b.Fatal(err)
		}
		check.Check(imp.Roster)
	}
	stop()
	reportRatio(b)
}

func BenchmarkImportCSV100k(b *testing.B) {
	_, path, rows := benchRoster(b)
	for b.Loop() {
		imp, err := ReadFile(path)
		if err != nil || len(imp.Roster.Rows) != rows {
			b.Fatal(err)
		}
	}
	reportRatio(b)
}

func BenchmarkExport100k(b *testing.B) {
	path, _, rows := benchRoster(b)
	imp, err := ReadFile(path)
	if err != nil || len(imp.Roster.Rows) != rows {
		b.Fatal(err)
	}
	out := filepath.Join(b.TempDir(), "upload.xlsx")
	stop := peakHeap(b)
	for b.Loop() {
		if _, err := WriteUpload(out, imp.Roster); err != nil {
			b.Fatal(fmt.Errorf("export: %w", err))
		}
	}
	stop()
	reportRatio(b)
}
