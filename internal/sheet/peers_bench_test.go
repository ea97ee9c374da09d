package sheet

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thedatashed/xlsxreader"

	"rosterdesk/internal/check"
)

// BenchmarkPeers measures `roster check` and `roster export` of a large
// list against its peers, in one run on the same generated file:
//
//	go test ./internal/sheet -run '^$' -bench Peers -benchtime 3x -benchmem
//	ROSTER_BENCH_ROWS=1000000 go test ./internal/sheet -run '^$' -bench Peers -benchtime 1x -benchmem -timeout 1h
//
// In this order: the floor (scan-floor: inflate the sheet and its shared
// strings and walk the XML one tag at a time, as any reader must; and
// inflate alone), excelize's Rows iterator reading every cell
// (excelize-rows), thedatashed/xlsxreader reading every cell
// (xlsxreader), then what `roster check` does (check: read, check,
// problems listed) and what `roster export` does (export: that, then
// the upload file written and read back to verify it). Each reports its
// time as a multiple of those measured before it in the same run
// (x-floor, x-excelize, x-xlsxreader), its time per row (ns/row: a cost
// linear in rows keeps it level from 100k to 1M) and the peak heap in
// use while it ran (peak-MB, sampled). The machine is shared: compare
// ratios, not seconds.
//
// The file is the xlsx with shared strings that Excel writes;
// ROSTER_BENCH_FORMATS=xlsx-shared,xlsx-inline adds the inline strings
// that streaming writers write. ROSTER_BENCH_DIR keeps the generated
// files there, for a later run or for `roster check` under
// /usr/bin/time -v.
func BenchmarkPeers(b *testing.B) {
	for _, n := range benchSizes() {
		for _, format := range benchFormats() {
			b.Run("rows="+sizeName(n)+"/"+format, func(b *testing.B) {
				path := benchFile(b, format, n)
				var p peerTimes
				b.Run("scan-floor", func(b *testing.B) {
					p.floor = benchPeer(b, n, p, func() int { return scanFloor(b, path, true) })
				})
				b.Run("inflate", func(b *testing.B) {
					benchPeer(b, n, p, func() int { scanFloor(b, path, false); return n })
				})
				b.Run("excelize-rows", func(b *testing.B) {
					p.excelize = benchPeer(b, n, p, func() int { return excelizeRows(b, path) })
				})
				b.Run("xlsxreader", func(b *testing.B) {
					p.xlsxreader = benchPeer(b, n, p, func() int { return xlsxreaderRows(b, path) })
				})
				b.Run("check", func(b *testing.B) {
					benchPeer(b, n, p, func() int { return rosterCheck(b, path) })
				})
				out := filepath.Join(b.TempDir(), "upload.xlsx")
				b.Run("export", func(b *testing.B) {
					benchPeer(b, n, p, func() int { return rosterExport(b, path, out) })
				})
			})
		}
	}
}

// peerTimes are the peers' times per read, in nanoseconds, 0 until
// measured.
type peerTimes struct{ floor, excelize, xlsxreader float64 }

// benchPeer runs read, which returns the rows it found (the header's
// among them for a bare read), and reports its time against the peers
// measured so far. It returns the time per read.
func benchPeer(b *testing.B, rows int, p peerTimes, read func() int) float64 {
	stop := peakHeap(b)
	for b.Loop() {
		if got := read(); got != rows && got != rows+1 {
			b.Fatalf("%d rows, want %d", got, rows)
		}
	}
	stop()
	t := perOp(b)
	for _, peer := range []struct {
		unit string
		time float64
	}{{"x-floor", p.floor}, {"x-excelize", p.excelize}, {"x-xlsxreader", p.xlsxreader}} {
		if peer.time > 0 {
			b.ReportMetric(t/peer.time, peer.unit)
		}
	}
	b.ReportMetric(t/float64(rows), "ns/row")
	return t
}

// benchFormats are the generated files the peers read: xlsx-shared, or
// those in ROSTER_BENCH_FORMATS, comma-separated.
func benchFormats() []string {
	var formats []string
	for _, f := range strings.Split(os.Getenv("ROSTER_BENCH_FORMATS"), ",") {
		if f = strings.TrimSpace(f); f == "xlsx-shared" || f == "xlsx-inline" {
			formats = append(formats, f)
		}
	}
	if len(formats) == 0 {
		formats = []string{"xlsx-shared"}
	}
	return formats
}

// xlsxreaderRows reads every cell of the first sheet of path with
// thedatashed/xlsxreader and returns the rows read.
func xlsxreaderRows(b *testing.B, path string) int {
	xl, err := xlsxreader.OpenFile(path)
	if err != nil {
		b.Fatal(err)
	}
	defer xl.Close()
	n, cells := 0, 0
	for row := range xl.ReadRows(xl.Sheets[0]) {
		if row.Error != nil {
			b.Fatal(row.Error)
		}
		for _, c := range row.Cells {
			cells += len(c.Value)
		}
		n++
	}
	if cells == 0 {
		b.Fatal("no text read")
	}
	return n
}

// rosterCheck does what `roster check` does with path: read it, check
// the list, list the problems. It returns the rows read.
func rosterCheck(b *testing.B, path string) int {
	imp, err := ReadAll([]string{path}, ReadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	c := check.NewChecker(imp.Roster)
	c.Hold(imp.Problems...)
	c.Problems()
	return len(imp.Roster.Rows)
}

// rosterExport does what `roster export` does with path: read, check,
// write the upload file to out, read it back and verify it.
func rosterExport(b *testing.B, path, out string) int {
	imp, err := ReadAll([]string{path}, ReadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	c := check.NewChecker(imp.Roster)
	c.Hold(imp.Problems...)
	c.Problems()
	if _, err := WriteUpload(out, imp.Roster); err != nil {
		b.Fatal(err)
	}
	return len(imp.Roster.Rows)
}

// scanFloor inflates the sheet and the shared strings of the workbook at
// path and, when scan is set, walks their XML one tag at a time, as any
// reader must: it finds each tag's end and tells rows and cells apart.
// It returns the rows found (the header's among them; 0 with scan unset),
// and stands for the least work of reading the file.
func scanFloor(b *testing.B, path string, scan bool) int {
	zr, err := zip.OpenReader(path)
	if err != nil {
		b.Fatal(err)
	}
	defer zr.Close()
	buf := make([]byte, 256<<10)
	rows, cells := 0, 0
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet1.xml" && f.Name != "xl/sharedStrings.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			b.Fatal(err)
		}
		keep := 0 // bytes of an unfinished tag carried to the front of buf
		for {
			n, err := io.ReadFull(rc, buf[keep:])
			data := buf[:keep+n]
			keep = 0
			for scan && len(data) > 0 {
				i := bytes.IndexByte(data, '<')
				if i < 0 {
					break
				}
				j := bytes.IndexByte(data[i:], '>')
				if j < 0 || i+2 >= len(data) {
					if keep = copy(buf, data[i:]); keep == len(buf) {
						b.Fatal("a tag longer than the buffer")
					}
					break
				}
				switch {
				case data[i+1] == 'r' && data[i+2] == 'o':
					rows++
				case data[i+1] == 'c' && (data[i+2] == ' ' || data[i+2] == '>'):
					cells++
				}
				data = data[i+j+1:]
			}
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
		rc.Close()
	}
	if !scan {
		return 0
	}
	if cells < rows {
		b.Fatalf("%d cells in %d rows", cells, rows)
	}
	return rows
}
