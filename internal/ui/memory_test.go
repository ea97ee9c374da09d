package ui

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"rosterdesk/internal/sheet"
)

func TestPaceMemoryKeepsTheUsersGOGC(t *testing.T) {
	var got []int
	set := func(p int) int { got = append(got, p); return 100 }
	PaceMemory(func(string) string { return "" }, set)
	if len(got) != 1 || got[0] != windowGCPercent || windowGCPercent >= 100 {
		t.Errorf("pace set %v, want %d, below Go's 100", got, windowGCPercent)
	}
	got = nil
	PaceMemory(func(k string) string { return map[string]string{"GOGC": "200"}[k] }, set)
	if len(got) != 0 {
		t.Errorf("pace set %v with GOGC given: the user's must be kept", got)
	}
}

// The limits follow the file read and the rows held, above what the
// roster program allows for the same (cmd/roster/memory.go) by the
// window's own, and small lists keep the collector's usual pace.
func TestMemoryLimitsFollowTheList(t *testing.T) {
	if small := listLimit(100_000); small != sheet.MinMemoryLimit {
		t.Errorf("limit for 100,000 rows %d MiB, want the floor %d MiB: a 100k list's heap peaks far below", small>>20, sheet.MinMemoryLimit>>20)
	}
	million := listLimit(1_000_000)
	if million < 820<<20 || million > 900<<20 {
		t.Errorf("limit for a million rows %d MiB, want about 875 MiB: above the heap the window holds then, under 1 GiB with the drawing's memory", million>>20)
	}
	if two := listLimit(2_000_000); two-windowOwnBytes != 2*(million-windowOwnBytes) {
		t.Errorf("limit for two million rows %d, want the list's share twice a million's", two)
	}
	if small := readLimit(4_400_000); small != sheet.MinMemoryLimit {
		t.Errorf("limit for reading 4.4 MB %d MiB, want the floor", small>>20)
	}
	// The benchmark's 1M-row xlsx, 44.5 MB, holds about 700 MB while read.
	if large := readLimit(44_500_000); large < 780<<20 || large > 900<<20 {
		t.Errorf("limit for reading 44.5 MB %d MiB, want about 870 MiB", large>>20)
	}
}

// reading sets the limit by the file's size (a sparse file here, of the
// million-row list's size), checking by the rows, holding by the rows or
// the live heap of a large list; a small list and lift set none; a
// GOMEMLIMIT given is kept, and a test's window sets none.
func TestMemoryLimiterSetsByFileAndRows(t *testing.T) {
	path := filepath.Join(t.TempDir(), "large.xlsx")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, 44_500_000); err != nil {
		t.Fatal(err)
	}
	var got []int64
	set := func(n int64) int64 { got = append(got, n); return n }
	m := memoryLimiter{getenv: func(string) string { return "" }, set: set}
	m.reading(path)
	m.checking(1_000_000)
	m.reading(filepath.Dir(path))
	m.holding(1_000_000)
	// A wide list: more live than its rows' share.
	m.live = func() int64 { return 1200 << 20 }
	m.holding(1_000_000)
	m.holding(1000)
	m.lift()
	if want := []int64{readLimit(44_500_000), listLimit(1_000_000), math.MaxInt64, listLimit(1_000_000), 1275 << 20, math.MaxInt64, math.MaxInt64}; !slices.Equal(got, want) {
		t.Errorf("limits set %v, want %v", got, want)
	}
	got = nil
	m.getenv = func(k string) string { return map[string]string{"GOMEMLIMIT": "3GiB"}[k] }
	m.reading(path)
	m.checking(1_000_000)
	m.holding(1_000_000)
	if len(got) != 0 {
		t.Errorf("limits set %v with GOMEMLIMIT given: the user's must be kept", got)
	}
	memoryLimiter{}.holding(1_000_000)
}

// Opening a file lifts the limit as all work in the background does,
// then sets it for reading the file, for checking its rows and again as
// the window holds them; exporting lifts it.
func TestOpenLimitsMemory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "export.csv")
	writeExportCSV(t, path, 10)
	var got []int64
	u := newWindow(t)
	u.LimitMemory(func(string) string { return "" }, func(n int64) int64 { got = append(got, n); return n })
	u.OpenFile(path)
	if u.doc == nil || u.doc.Roster().Len() != 10 || len(got) != 4 || heapLive() <= 0 {
		t.Errorf("limits set %v on opening, want four: none, reading, checking, holding", got)
	}
	got = nil
	u.inBackground(newWritingDialog("x", "x", u.win), false, func() {}, func() {})
	if !slices.Equal(got, []int64{math.MaxInt64}) {
		t.Errorf("limits set %v for work in the background, want it lifted", got)
	}
}
