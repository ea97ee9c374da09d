package xlsxread

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"os"
	"sync"
	"testing"
)

// countingReader counts the reads of a zip's directory (each
// zip.NewReader reads it from its start) and of a part's header.
type countingReader struct {
	r                   *bytes.Reader
	directoryAt         int64
	headerAt            int64
	mu                  sync.Mutex
	directory, partHead int
}

func (c *countingReader) ReadAt(p []byte, off int64) (int, error) {
	c.mu.Lock()
	if off == c.directoryAt {
		c.directory++
	}
	if off == c.headerAt {
		c.partHead++
	}
	c.mu.Unlock()
	return c.r.ReadAt(p, off)
}

// TestWorkbookOpenedOnce reads workbooks through a counting reader: the
// zip's directory is read once a Read, and the sheet's part twice,
// once by the pre-check's look at its dimension and once to read it.
// excelize, where it reads (dates.xlsx), reads the file's bytes once
// more itself.
func TestWorkbookOpenedOnce(t *testing.T) {
	for _, tc := range []struct {
		file string
		fast bool
	}{
		{"../sheet/testdata/hostile/merged.xlsx", true},
		{"../sheet/testdata/hostile/dates.xlsx", false},
	} {
		data, err := os.ReadFile(tc.file)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		// The end record, without a comment, says where the directory
		// starts.
		c := &countingReader{r: bytes.NewReader(data), headerAt: -1,
			directoryAt: int64(binary.LittleEndian.Uint32(data[len(data)-22+16:]))}
		for _, f := range zr.File {
			if f.Name == "xl/worksheets/sheet1.xml" {
				off, _ := f.DataOffset()
				c.headerAt = off - 30 - int64(len(f.Name)) - int64(len(f.Extra))
			}
		}
		wb, err := openWorkbook(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := readFast(wb, tc.file, keepCells(1), false); (err == nil) != tc.fast {
			t.Fatalf("%s: the fast reader gives %v; this test wants it to read the file: %v", tc.file, err, tc.fast)
		}
		got, err := Read(c, int64(len(data)), tc.file, Options{}, keepCells(1))
		if err != nil || len(got) != 1 || len(got[0].Cells) == 0 {
			t.Fatalf("%s: %v", tc.file, err)
		}
		if c.directory != 1 {
			t.Errorf("%s: the zip's directory was read %d times, want once", tc.file, c.directory)
		}
		if tc.fast && c.partHead != 2 {
			t.Errorf("%s: the sheet's part was opened %d times, want twice: pre-check, read", tc.file, c.partHead)
		}
	}
}
