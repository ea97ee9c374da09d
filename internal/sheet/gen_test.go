package sheet

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rosterdesk/internal/roster/rostertest"
)

// The generated rosters are a school system's export of made-up people
// (rostertest.ExportRecord).

// genXLSXShared writes a roster of n rows as an xlsx with shared strings,
// as Excel writes them, at path. excelize keeps the whole sheet in memory
// to write it: about 1.5 GB at a million rows.
func genXLSXShared(path string, n int) error {
	f := excelize.NewFile()
	defer f.Close()
	header := make([]any, len(rostertest.ExportHeader))
	for i, h := range rostertest.ExportHeader {
		header[i] = h
	}
	if err := f.SetSheetRow("Sheet1", "A1", &header); err != nil {
		return err
	}
	for i := range n {
		rec := rostertest.ExportRecord(i)
		if err := f.SetSheetRow("Sheet1", "A"+strconv.Itoa(i+2), &rec); err != nil {
			return err
		}
	}
	return f.SaveAs(path)
}

// genXLSXInline writes a roster of n rows as an xlsx with inline strings,
// as streaming writers (excelize's StreamWriter, many exports of school
// systems) write them, at path.
func genXLSXInline(path string, n int) error {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	header := make([]any, len(rostertest.ExportHeader))
	for i, h := range rostertest.ExportHeader {
		header[i] = h
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	for i := range n {
		if err := sw.SetRow("A"+strconv.Itoa(i+2), rostertest.ExportRecord(i)); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}

// genCSV writes a roster of n rows as a semicolon csv at path.
func genCSV(path string, n int) error {
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(out)
	w.Comma = ';'
	w.Write(rostertest.ExportHeader)
	rec := make([]string, len(rostertest.ExportHeader))
	for i := range n {
		for j, v := range rostertest.ExportRecord(i) {
			rec[j] = fmt.Sprint(v)
		}
		w.Write(rec)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// benchSizes are the roster sizes the benchmarks run at: 100,000 rows, or
// the sizes in ROSTER_BENCH_ROWS, comma-separated (1000,100000,1000000).
func benchSizes() []int {
	var sizes []int
	for _, s := range strings.Split(os.Getenv("ROSTER_BENCH_ROWS"), ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && n > 0 {
			sizes = append(sizes, n)
		}
	}
	if len(sizes) == 0 {
		sizes = []int{100_000}
	}
	return sizes
}

// sizeName is 1k, 100k, 1M or the number.
func sizeName(n int) string {
	switch {
	case n >= 1_000_000 && n%1_000_000 == 0:
		return fmt.Sprintf("%dM", n/1_000_000)
	case n >= 1000 && n%1000 == 0:
		return fmt.Sprintf("%dk", n/1000)
	}
	return strconv.Itoa(n)
}

// benchDir holds the generated rosters, made once per test process and
// removed by TestMain, or kept in ROSTER_BENCH_DIR when that is set, so
// that a later run (or `roster check` under /usr/bin/time) reads the same
// files without making them again.
var benchDir string

// keptDir is ROSTER_BENCH_DIR, which TestMain leaves in place.
var keptDir string

// benchFile returns the path of a generated roster of n rows in format
// ("xlsx-shared", "xlsx-inline" or "csv"), making it on first use.
func benchFile(tb testing.TB, format string, n int) string {
	tb.Helper()
	if kept := os.Getenv("ROSTER_BENCH_DIR"); benchDir == "" && kept != "" {
		if err := os.MkdirAll(kept, 0o700); err != nil {
			tb.Fatal(err)
		}
		benchDir, keptDir = kept, kept
	}
	if benchDir == "" {
		dir, err := os.MkdirTemp("", "rosterbench")
		if err != nil {
			tb.Fatal(err)
		}
		benchDir = dir
	}
	ext := map[string]string{"xlsx-shared": ".xlsx", "xlsx-inline": ".xlsx", "csv": ".csv"}[format]
	name := fmt.Sprintf("roster-%s-%d%s", format, n, ext)
	path := filepath.Join(benchDir, name)
	if _, err := os.Stat(path); err == nil {
		return path
	}
	gen := map[string]func(string, int) error{"xlsx-shared": genXLSXShared, "xlsx-inline": genXLSXInline, "csv": genCSV}[format]
	if gen == nil {
		tb.Fatalf("no format %q", format)
	}
	// Made under another name first: a run stopped half-way leaves no
	// half-written file for the next run to take for whole.
	partial := filepath.Join(benchDir, "partial-"+name)
	if err := gen(partial, n); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(partial, path); err != nil {
		tb.Fatal(err)
	}
	return path
}
