package tempfiles

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// secret is a made-up address, as a temporary file of an export holds.
const secret = "tova.lind@skola.example.se"

// touch writes a file holding secret.
func touch(t *testing.T, path string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(secret), 0o600); err != nil {
		t.Fatal(err)
	}
}

// names lists dir.
func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var n []string
	for _, e := range entries {
		n = append(n, e.Name())
	}
	return n
}

func TestRemoveStaleFilesOnlyOurs(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	dir := t.TempDir()
	stale := []string{".Binogi_Borås_20260901.xlsx-1234567.tmp", ".Binogi_Mariehamn_20260901.xlsx-9.tmp",
		".elevlista (working copy).xlsx-42.tmp", ".Binogi_" + "Åäö-long-name-cut-at-64-bytes-1.tmp"}
	kept := []string{"Binogi_Borås_20260901.xlsx", ".other-123.tmp", "notes.tmp", ".Binogi_x.xlsx-12a.tmp",
		"Binogi_x.xlsx-12.tmp", ".Binogi_x.xlsx-.tmp", ".elevlista.csv-5.tmp"}
	for _, name := range append(slices.Clone(stale), kept...) {
		touch(t, filepath.Join(dir, name))
	}
	RemoveStale(dir)
	got := names(t, dir)
	slices.Sort(got)
	slices.Sort(kept)
	if !slices.Equal(got, kept) {
		t.Errorf("left %q, want %q", got, kept)
	}
}

func TestRemoveStaleLeavesHeldFiles(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	dir := t.TempDir()
	path := filepath.Join(dir, ".Binogi_Borås_20260901.xlsx-77.tmp")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := Hold(f); err != nil {
		t.Fatal(err)
	}
	RemoveStale(dir)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("removed a file another run is writing: %v", err)
	}
	f.Close()
	RemoveStale(dir)
	if _, err := os.Stat(path); err == nil {
		t.Error("kept a file no run holds")
	}
}

func TestRemoveStaleFolders(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("TMP", tmp)
	mk := func(name string, lock bool, age time.Duration) string {
		dir := filepath.Join(tmp, name)
		if err := os.Mkdir(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		touch(t, filepath.Join(dir, "excelize-123"))
		if lock {
			touch(t, filepath.Join(dir, lockName))
		}
		then := time.Now().Add(-age)
		if err := os.Chtimes(dir, then, then); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	mk("rosterdesk-1", true, 0)                 // left by a run that was killed
	mk("rosterdesk-2", false, time.Hour)        // left by an earlier version
	mk("rosterdesk-3", false, time.Second)      // just made by a run, lock not yet
	mk("rosterdesk-sample-4", false, time.Hour) // the sample list, not ours to clear
	mk("other-5", false, time.Hour)
	private, remove, err := PrivateDir()
	if err != nil {
		t.Fatal(err)
	}
	RemoveStale()
	got := names(t, tmp)
	want := []string{"other-5", "rosterdesk-3", filepath.Base(private), "rosterdesk-sample-4"}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("left %q, want %q", got, want)
	}
	remove()
	if _, err := os.Stat(private); err == nil {
		t.Error("the private folder outlived its use")
	}
}

func TestStoppedRunRemovesItsTemporaries(t *testing.T) {
	dir := t.TempDir()
	runs := &temporaries{paths: map[string]io.Closer{}}
	file, folder := filepath.Join(dir, ".a.xlsx-1.tmp"), filepath.Join(dir, "rosterdesk-1")
	var open *os.File
	err := runs.make(func() (string, io.Closer, error) {
		touch(t, file)
		f, err := os.Open(file) // held open, as sheet.WriteAtomic holds it
		open = f
		return file, f, err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := runs.make(func() (string, io.Closer, error) {
		return folder, nil, os.MkdirAll(filepath.Join(folder, "x"), 0o700)
	}); err != nil {
		t.Fatal(err)
	}
	done := filepath.Join(dir, "done.xlsx")
	runs.make(func() (string, io.Closer, error) { touch(t, done); return done, nil, nil })
	runs.forget(done) // renamed into place: no longer a temporary file
	runs.stop()
	if got := names(t, dir); !slices.Equal(got, []string{"done.xlsx"}) {
		t.Errorf("left %q", got)
	}
	if _, err := open.Stat(); err == nil {
		t.Error("the held file was not closed before its removal")
	}
	made := false
	err = runs.make(func() (string, io.Closer, error) {
		made = true
		return filepath.Join(dir, ".b.xlsx-2.tmp"), nil, nil
	})
	if err == nil || made {
		t.Errorf("a temporary file was made while stopping (error %v)", err)
	}
}

// TestStopWaitsForAFileBeingMade stops the run while another goroutine
// is making a temporary file: the stop either comes first, and nothing is
// made, or after, and removes it; the file is never left.
func TestStopWaitsForAFileBeingMade(t *testing.T) {
	dir := t.TempDir()
	runs := &temporaries{paths: map[string]io.Closer{}}
	path := filepath.Join(dir, ".a.xlsx-1.tmp")
	making := make(chan struct{})
	done := make(chan error)
	go func() {
		done <- runs.make(func() (string, io.Closer, error) {
			close(making)
			time.Sleep(20 * time.Millisecond) // the stop arrives meanwhile
			return path, nil, os.WriteFile(path, []byte(secret), 0o600)
		})
	}()
	<-making
	runs.stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := names(t, dir); len(got) != 0 {
		t.Errorf("left %q", got)
	}
}
