package ui

import (
	"math"
	"os"
	"runtime/metrics"

	"rosterdesk/internal/sheet"
)

// windowGCPercent is the window's pace of collection: the collector runs
// when the heap has grown by this share, in percent, since the last one,
// instead of Go's 100. The window holds little garbage once a list is
// open (a cell edit allocates kilobytes), but reading a list makes much,
// and at Go's pace the heap grew to twice what was live: a 100,000-row
// list (110 MB live, a fifth of it fonts) peaked at 370 MB resident, with
// the 140 MB the drawing libraries take beside the heap; at 15 percent,
// 286 MB, in about the same time to open (README, Large lists).
const windowGCPercent = 15

// PaceMemory sets the window's pace of collection with set
// (debug.SetGCPercent), unless the user chose one with GOGC, which is
// kept.
func PaceMemory(getenv func(string) string, set func(int) int) {
	if getenv("GOGC") != "" {
		return
	}
	set(windowGCPercent)
}

// The pace alone lets a large list's heap grow by 15 percent over what is
// live, and at a million rows that is more than 100 MB: the window
// peaked at 1.1 GB resident opening the benchmark's million-row list,
// where the heap held about 800 MB once it showed and the drawing
// libraries about 140 MB beside it. A soft memory limit a little above
// what the list needs makes the collector run sooner there instead, as
// the roster program's does (cmd/roster/memory.go, whose sizes these
// are): while a file is read, by its size; while its rows are checked
// and then held, by their number (README, Large lists).

// windowOwnBytes is the window's own heap beside the list: widgets,
// fonts and the drawing's caches, about 30 MB empty and 50 MB with a list
// shown. The rest of the limits are roster's (sheet.ReadHeapPerFileByte,
// sheet.CheckedHeapPerRow, sheet.MinMemoryLimit); the document's indexes
// take about 25 bytes a row of them.
const windowOwnBytes = 64 << 20

// memoryLimiter sets the window's soft memory limit, unless the user set
// one with GOMEMLIMIT, which is kept. The zero memoryLimiter sets none
// (the tests' windows).
type memoryLimiter struct {
	getenv func(string) string
	// set is debug.SetMemoryLimit.
	set func(int64) int64
	// live returns the heap live at the last collection (heapLive).
	live func() int64
}

// LimitMemory makes the window set a soft memory limit with set
// (debug.SetMemoryLimit) for the lists it reads and holds, unless the
// user set one with GOMEMLIMIT (read with getenv), which is kept.
func (u *UI) LimitMemory(getenv func(string) string, set func(int64) int64) {
	u.memory = memoryLimiter{getenv: getenv, set: set, live: heapLive}
}

// heapLive returns the bytes of heap found live by the last collection.
func heapLive() int64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}

// readLimit is the soft memory limit for reading a file of size bytes.
func readLimit(size int64) int64 {
	return max(sheet.MinMemoryLimit, windowOwnBytes+size*sheet.ReadHeapPerFileByte)
}

// listLimit is the soft memory limit for checking and holding a list of
// rows.
func listLimit(rows int) int64 {
	return max(sheet.MinMemoryLimit, windowOwnBytes+int64(rows)*sheet.CheckedHeapPerRow)
}

// reading sets the limit for reading the file at path (a folder, a
// school data export, counts nothing: the floor).
func (m memoryLimiter) reading(path string) {
	var size int64
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
		size = info.Size()
	}
	m.limit(readLimit(size))
}

// checking sets the limit for checking a list of rows.
func (m memoryLimiter) checking(rows int) { m.limit(listLimit(rows)) }

// holding sets the limit for holding a large list of rows once it is
// shown. A list that takes more than sheet.CheckedHeapPerRow (many extra columns,
// long values) gets a sixteenth more than the heap live, so that the
// collector does not run without pause while the user edits it.
func (m memoryLimiter) holding(rows int) {
	limit := listLimit(rows)
	if m.live != nil && limit > sheet.MinMemoryLimit {
		live := m.live()
		limit = max(limit, live+live/16)
	}
	m.limit(limit)
}

// lift takes the limit away, for work in the background other than
// opening a list: exporting or saving a large list, or reading another
// file beside it, holds more than the list's share for a while.
func (m memoryLimiter) lift() { m.limit(0) }

// limit sets the soft memory limit to bytes; at the floor or below, it
// sets none (math.MaxInt64): a small list keeps the collector's pace alone.
func (m memoryLimiter) limit(bytes int64) {
	if m.set == nil || m.getenv("GOMEMLIMIT") != "" {
		return
	}
	if bytes <= sheet.MinMemoryLimit {
		bytes = math.MaxInt64
	}
	m.set(bytes)
}
