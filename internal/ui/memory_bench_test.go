package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster/rostertest"
)

// BenchmarkMemoryInWindow100k opens a semicolon csv of 100,000 made-up
// people (a school system's export, with a protected-identity column and
// an extra column) in the window and reports the heap it then holds,
// after a collection (retained-MB): the list, its checker, the document
// and the grid. The target is under 300 MB.
//
//	go test -tags ci ./internal/ui -run '^$' -bench MemoryInWindow -benchtime 1x
func BenchmarkMemoryInWindow100k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "export.csv")
	writeExportCSV(b, path, 100_000)
	u := newWindow(b)
	for b.Loop() {
		u.setDocument(editor.New())
		before := heapAfterGC()
		d, err := editor.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		u.setDocument(d)
		b.ReportMetric(float64(heapAfterGC()-before)/(1<<20), "retained-MB")
	}
}

// heapAfterGC returns the bytes of live heap objects after a collection.
func heapAfterGC() int64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc)
}

// writeExportCSV writes n made-up people as a school system's semicolon
// csv at path.
func writeExportCSV(tb testing.TB, path string, n int) {
	tb.Helper()
	var text strings.Builder
	text.WriteString(strings.Join(rostertest.ExportHeader, ";") + "\r\n")
	for i := range n {
		for j, v := range rostertest.ExportRecord(i) {
			if j > 0 {
				text.WriteByte(';')
			}
			fmt.Fprint(&text, v)
		}
		text.WriteString("\r\n")
	}
	if err := os.WriteFile(path, []byte(text.String()), 0o600); err != nil {
		tb.Fatal(err)
	}
}
