package sheet

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// oldContent is what the target holds before a save that must fail.
var oldContent = []byte("the old file, which must survive byte for byte\n")

// writeOld puts the old target in dir and returns its path.
func writeOld(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "Binogi_Borås_20210807.xlsx")
	if err := os.WriteFile(path, oldContent, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// assertOld fails unless path still holds oldContent.
func assertOld(t *testing.T, path string) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the old file is gone: %v", err)
	}
	if !bytes.Equal(got, oldContent) {
		t.Errorf("the old file changed: %q", got)
	}
}

// assertError fails unless err is set and says want, in lower case.
func assertError(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one saying %q", want)
	}
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not say %q", err, want)
	}
}

// failingWriter accepts n bytes, then fails with err.
type failingWriter struct {
	w   io.Writer
	n   int
	err error
}

func (f *failingWriter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k, _ := f.w.Write(p[:f.n])
		f.n = 0
		return k, f.err
	}
	f.n -= len(p)
	return f.w.Write(p)
}

func TestAtomicWrites(t *testing.T) {
	dir := t.TempDir()
	path := writeOld(t, dir)
	var verified string
	err := WriteAtomic(path, func(w io.Writer) error {
		_, err := io.WriteString(w, "new")
		return err
	}, func(tmp string) error {
		if filepath.Dir(tmp) != dir {
			return fmt.Errorf("temporary file %s is not in the target folder", tmp)
		}
		info, err := os.Stat(tmp)
		if err != nil {
			return err
		}
		if info.Mode().Perm() != 0o600 {
			return fmt.Errorf("temporary file mode %v", info.Mode())
		}
		b, err := os.ReadFile(tmp)
		verified = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if verified != "new" {
		t.Errorf("verify saw %q", verified)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("target holds %q", got)
	}
	assertNoTemp(t, dir)
}

func TestAtomicDiskFullMidway(t *testing.T) {
	dir := t.TempDir()
	path := writeOld(t, dir)
	r, _ := exportRoster()
	records, _, _ := UploadRecords(r)
	err := WriteAtomic(path, func(w io.Writer) error {
		fw := &failingWriter{w: w, n: 700, err: &os.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}}
		return writeTextSheet(fw, uploadSheet, records)
	}, func(string) error {
		t.Error("verify ran after a failed write")
		return nil
	})
	assertError(t, err, "disk is full")
	if !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("error %v does not wrap ENOSPC", err)
	}
	assertOld(t, path)
	assertNoTemp(t, dir)
}

func TestAtomicVerifyFails(t *testing.T) {
	dir := t.TempDir()
	path := writeOld(t, dir)
	err := WriteAtomic(path, func(w io.Writer) error {
		_, err := io.WriteString(w, "half")
		return err
	}, func(string) error { return errors.New("row 3, column 2 differs") })
	assertError(t, err, "could not be read back")
	assertError(t, err, "old file is unchanged")
	assertOld(t, path)
	assertNoTemp(t, dir)
}

func TestAtomicMissingFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gone", "Binogi_Borås_20210807.xlsx")
	err := WriteAtomic(path, func(io.Writer) error { return nil }, nil)
	assertError(t, err, "does not exist")
}

func TestAtomicTargetIsFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteAtomic(path, func(io.Writer) error { return nil }, nil); err == nil {
		t.Error("replaced a folder")
	}
	if info, err := os.Stat(path); err != nil || !info.IsDir() {
		t.Error("the folder is gone")
	}
	assertNoTemp(t, dir)
}

func TestAtomicUploadVerifyCatchesDamage(t *testing.T) {
	dir := t.TempDir()
	path := writeOld(t, dir)
	r, _ := exportRoster()
	records, _, _ := UploadRecords(r)
	wrong := append([][]string(nil), records...)
	wrong[1] = append([]string(nil), records[1]...)
	wrong[1][0] = "someone.else@skola.se"
	err := WriteAtomic(path,
		func(w io.Writer) error { return writeTextSheet(w, uploadSheet, records) },
		func(tmp string) error { return verifyTextSheet(tmp, wrong) })
	assertError(t, err, "could not be read back")
	assertOld(t, path)
	assertNoTemp(t, dir)
}

// TestWriteAtomicRemovesLeftovers: a save first removes what killed runs
// left, in the target's folder and in the temporary folder (tempfiles
// tests which files are whose).
func TestWriteAtomicRemovesLeftovers(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("TMP", tmp)
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(tmp, "rosterdesk-8", "sub"), 0o700); err != nil {
		t.Fatal(err)
	}
	for _, left := range []string{filepath.Join(dir, ".Binogi_Borås_20260901.xlsx-31337.tmp"), filepath.Join(tmp, "rosterdesk-8", ".lock")} {
		if err := os.WriteFile(left, []byte("tova.lind@skola.example.se"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "roster.xlsx")
	if err := WriteAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }, nil); err != nil {
		t.Fatal(err)
	}
	assertOnlyFile(t, dir, "roster.xlsx")
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left in the temporary folder: %v", left)
	}
}
