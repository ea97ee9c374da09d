package sheet

import (
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/tempfiles"
)

// TestExportSpillsNothing writes a large upload file and watches the
// temporary folder and the target folder meanwhile: the export writes
// nothing but its own temporary file beside the target (excelize's stream
// writer used to spill the whole list to the temporary folder), and
// nothing is left afterwards.
func TestExportSpillsNothing(t *testing.T) {
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
	dir := t.TempDir()
	out := filepath.Join(dir, "Binogi_Borås_20260901.xlsx")

	var sawTemp, sawOther atomic.Value
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
		if entries, _ := os.ReadDir(tmp); len(entries) > 0 {
			sawTemp.Store(entries[0].Name())
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if name := e.Name(); name != filepath.Base(out) && !tempfiles.IsOwnTemp(name) {
				sawOther.Store(name)
			}
		}
	}
	if name := sawTemp.Load(); name != nil {
		t.Errorf("the export wrote %s into the temporary folder", name)
	}
	if name := sawOther.Load(); name != nil {
		t.Errorf("the export wrote %s beside the target", name)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left in the temporary folder: %v", left)
	}
	if left, _ := os.ReadDir(dir); len(left) != 1 {
		t.Errorf("left beside the target: %v", left)
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
