package main

import (
	"os"
	"path/filepath"
	"testing"

	"rosterdesk/internal/sheet"
)

func TestMemoryLimitFollowsTheList(t *testing.T) {
	none := func(string) string { return "" }
	small, _ := memoryLimit(1000, none)
	if small != sheet.MinMemoryLimit {
		t.Errorf("limit for 1,000 rows %d, want the floor %d", small, sheet.MinMemoryLimit)
	}
	million, ok := memoryLimit(1_000_000, none)
	if !ok || million < 780<<20 || million > 900<<20 {
		t.Errorf("limit for a million rows %d MiB, want about 800 MiB: above the 780 bytes a row the checked list holds, under 1 GB with the program's own", million>>20)
	}
	if two, _ := memoryLimit(2_000_000, none); two != 2*million {
		t.Errorf("limit for two million rows %d, want twice a million's %d", two, million)
	}
	user := func(k string) string { return map[string]string{"GOMEMLIMIT": "3GiB"}[k] }
	if _, ok := memoryLimit(1_000_000, user); ok {
		t.Error("GOMEMLIMIT set by the user must be kept")
	}
}

func TestReadMemoryLimitFollowsTheFiles(t *testing.T) {
	none := func(string) string { return "" }
	if small, _ := readMemoryLimit(4<<20, none); small != sheet.MinMemoryLimit {
		t.Errorf("limit for reading 4 MB %d, want the floor %d", small, sheet.MinMemoryLimit)
	}
	// The benchmark's 1M-row xlsx, 44 MB, holds about 700 MB while read.
	large, ok := readMemoryLimit(44_500_000, none)
	if !ok || large < 720<<20 || large > 900<<20 {
		t.Errorf("limit for reading 44.5 MB %d MiB, want about 800 MiB", large>>20)
	}
	user := func(k string) string { return map[string]string{"GOMEMLIMIT": "3GiB"}[k] }
	if _, ok := readMemoryLimit(44_500_000, user); ok {
		t.Error("GOMEMLIMIT set by the user must be kept")
	}
}

func TestFilesSizeCountsFilesAndFolders(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, n int) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, make([]byte, n), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	list := write("list.xlsx", 1000)
	sds := filepath.Join(dir, "sds")
	if err := os.Mkdir(sds, 0o700); err != nil {
		t.Fatal(err)
	}
	for name, n := range map[string]int{"users.csv": 300, "orgs.csv": 200} {
		if err := os.WriteFile(filepath.Join(sds, name), make([]byte, n), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if got := filesSize([]string{list, sds, filepath.Join(dir, "missing.csv")}); got != 1500 {
		t.Errorf("size %d, want 1500: the file, the folder's files, nothing for a missing one", got)
	}
}

// TestLoadLimitsMemoryBeforeReading checks that roster sets the read's
// limit before the list's: the read's peak is the list's text beside its
// rows, before the number of rows is known.
func TestLoadLimitsMemoryBeforeReading(t *testing.T) {
	limits, _ := limitsOfRun(t, "check")
	if len(limits) != 2 || limits[0] != sheet.MinMemoryLimit || limits[1] != sheet.MinMemoryLimit {
		t.Errorf("limits set %v, want the read's then the list's, both the floor for a small list", limits)
	}
}

// TestExportRaisesTheLimitToWrite: roster export sets the read's limit,
// the list's, then the writing's, which is higher a row (the collector
// ran almost without pause at the list's, for a million rows), and keeps
// a GOMEMLIMIT the user set.
func TestExportRaisesTheLimitToWrite(t *testing.T) {
	limits, code := limitsOfRun(t, "export", "--out", t.TempDir())
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if len(limits) != 3 {
		t.Fatalf("limits set %v, want the read's, the list's and the writing's", limits)
	}
	none := func(string) string { return "" }
	million, _ := memoryLimit(1_000_000, none)
	write, ok := writeMemoryLimit(1_000_000, none)
	if !ok || write <= million || write > 1200<<20 {
		t.Errorf("writing a million rows: limit %d MiB, want above the list's %d MiB and under 1.2 GB", write>>20, million>>20)
	}
	if _, ok := writeMemoryLimit(1_000_000, func(k string) string { return map[string]string{"GOMEMLIMIT": "3GiB"}[k] }); ok {
		t.Error("GOMEMLIMIT set by the user must be kept")
	}
}

// limitsOfRun runs roster with args and a one-row list, and returns the
// soft memory limits it set, in order, and its exit status.
func limitsOfRun(t *testing.T, args ...string) ([]int64, int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "list.csv")
	if err := os.WriteFile(path, []byte("email;firstName;lastName;class;school;municipality;role;SSOID\r\n"+
		"anna.berg@s.se;Anna;Berg;9A;Ekskolan;Borås;student;1001\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var limits []int64
	r := &runner{getenv: func(string) string { return "" }, systemLocale: func() string { return "" },
		setMemoryLimit: func(n int64) int64 { limits = append(limits, n); return 0 }}
	var out, errs discard
	code := r.run(append(args, path), &out, &errs)
	return limits, code
}

// discard is an io.Writer that keeps nothing.
type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
