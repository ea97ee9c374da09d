package main

import (
	"os"

	"rosterdesk/internal/sheet"
)

// Go's collector lets the heap grow to twice what is live before it
// collects, so a million rows of the benchmark list peaked at 1.4 GB
// where about 800 MB was live; a soft limit a little above the live heap
// makes it collect sooner instead, for some more time (README, Large
// lists). Checking decides the peak, when the checker's indexes are
// built beside the rows; reading once did too, when a workbook's sheet
// was held inflated beside the rows being built (it is read through a
// window now, xlsxread.inflateWindowed). The limits per row and per byte
// read are the window's too (sheet.CheckedHeapPerRow and
// sheet.ReadHeapPerFileByte).

// writeLimitBytesPerRow is the limit while the upload file is written
// and read back: the checker's indexes are given up by then. It was set
// when the read-back held the written sheet whole (544 MB at a million
// rows) and the collector, at 850 bytes a row, ran almost without pause;
// the heap in use while writing a million rows is now about 430 MB at
// most, far below it.
const writeLimitBytesPerRow = 1100

// softLimit returns the soft memory limit for bytes of heap (at least
// sheet.MinMemoryLimit), and false when the user set one with GOMEMLIMIT,
// which is kept.
func softLimit(bytes int64, getenv func(string) string) (int64, bool) {
	if getenv("GOMEMLIMIT") != "" {
		return 0, false
	}
	return max(sheet.MinMemoryLimit, bytes), true
}

// memoryLimit is the soft memory limit for checking a list of rows.
func memoryLimit(rows int, getenv func(string) string) (int64, bool) {
	return softLimit(int64(rows)*sheet.CheckedHeapPerRow, getenv)
}

// readMemoryLimit is the soft memory limit for reading files of size
// bytes in all.
func readMemoryLimit(size int64, getenv func(string) string) (int64, bool) {
	return softLimit(size*sheet.ReadHeapPerFileByte, getenv)
}

// writeMemoryLimit is the soft memory limit for writing the upload file
// of a list of rows.
func writeMemoryLimit(rows int, getenv func(string) string) (int64, bool) {
	return softLimit(int64(rows)*writeLimitBytesPerRow, getenv)
}

// limitMemoryTo sets the soft memory limit to limit, as one of the
// functions above returns it: unless ok is false (the user's is kept).
func (r *runner) limitMemoryTo(limit int64, ok bool) {
	if ok && r.setMemoryLimit != nil {
		r.setMemoryLimit(limit)
	}
}

// filesSize returns the size of the files at paths, a folder's (a
// school-data export) being that of the files in it; what cannot be
// read counts nothing, and the reader says why.
func filesSize(paths []string) int64 {
	var n int64
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			n += info.Size()
			continue
		}
		entries, _ := os.ReadDir(p)
		for _, e := range entries {
			if fi, err := e.Info(); err == nil && fi.Mode().IsRegular() {
				n += fi.Size()
			}
		}
	}
	return n
}
