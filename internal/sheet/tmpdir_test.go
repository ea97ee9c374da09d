package sheet

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"rosterdesk/internal/roster"
)

// TestExcelizeTempFilesStayPrivate writes an upload file large enough
// that excelize's stream writer spills to a temporary file, and watches
// the temporary folder meanwhile: the spill goes into a folder of Roster
// Desk's own that only the user may open (0700), never loose in the
// shared folder, and nothing is left afterwards.
func TestExcelizeTempFilesStayPrivate(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 60,000-row file")
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // os.TempDir on Unix
	t.Setenv("TMP", tmp)    // and on Windows
	r := roster.New()
	for i := range 60_000 {
		r.Append([roster.NumFields]string{fmt.Sprintf("elev%d@skola.example.se", i), "Tova", "Lind",
			"9A", "Norrskolan", "Borås", "student", fmt.Sprint(100000000000 + i)})
	}
	out := filepath.Join(t.TempDir(), "Binogi_Borås_20260901.xlsx")

	var sawPrivate, sawLoose atomic.Bool
	var badMode atomic.Value
	done := make(chan error)
	go func() {
		_, err := WriteUpload(out, r)
		done <- err
	}()
	for watching := true; watching; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			watching = false
		case <-time.After(2 * time.Millisecond):
		}
		entries, _ := os.ReadDir(tmp)
		for _, e := range entries {
			path := filepath.Join(tmp, e.Name())
			if !e.IsDir() {
				sawLoose.Store(true)
				continue
			}
			if info, err := os.Stat(path); err == nil && runtime.GOOS != "windows" && info.Mode().Perm() != 0o700 {
				badMode.Store(info.Mode().String())
			}
			inner, _ := os.ReadDir(path)
			for _, f := range inner {
				if strings.HasPrefix(f.Name(), "excelize-") {
					sawPrivate.Store(true)
				}
			}
		}
	}
	if sawLoose.Load() {
		t.Error("excelize wrote a temporary file straight into the shared temporary folder")
	}
	if m := badMode.Load(); m != nil {
		t.Errorf("the private temporary folder has mode %v, want 0700", m)
	}
	if !sawPrivate.Load() {
		t.Error("never saw excelize's temporary file in the private folder: the test no longer makes excelize spill")
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left in the temporary folder: %v", left)
	}
}

// TestReadingLeavesNoTemporaryFolder reads a workbook through excelize
// and checks that its private temporary folder is gone afterwards.
func TestReadingLeavesNoTemporaryFolder(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("TMP", tmp)
	f, err := os.Open(filepath.Join("testdata", "import", "excelize.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := readXLSX(f, info.Size(), f.Name(), false); err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left in the temporary folder: %v", left)
	}
}
