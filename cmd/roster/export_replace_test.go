package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An upload file of the same name is never replaced without --replace:
// export writes nothing, leaves the file as it was and exits 1.
func TestExportRefusesToReplaceWithoutAsking(t *testing.T) {
	path := writeFile(t, "clean.csv", []byte(cleanCSV))
	out := t.TempDir()
	target := filepath.Join(out, "Binogi_Borås_20260901.xlsx")
	old := []byte("the upload file of last week")
	if err := os.WriteFile(target, old, 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runRoster("export", "--out", out, "--date", "20260901", path)
	if code != exitProblems {
		t.Fatalf("exit %d, want %d: %s", code, exitProblems, stderr)
	}
	if stdout != "" || !strings.Contains(stderr, target) || !strings.Contains(stderr, "--replace") || !strings.Contains(stderr, "nothing written") {
		t.Errorf("stdout %q, stderr %q", stdout, stderr)
	}
	if got, _ := os.ReadFile(target); !bytes.Equal(got, old) {
		t.Error("the existing file was changed")
	}
	if entries, _ := os.ReadDir(out); len(entries) != 1 {
		t.Errorf("the folder holds %d files, want the one that was there", len(entries))
	}

	code, stdout, stderr = runRoster("export", "--replace", "--out", out, "--date", "20260901", path)
	if code != exitOK || strings.TrimSpace(stdout) != target {
		t.Fatalf("--replace: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if got, _ := os.ReadFile(target); bytes.Equal(got, old) || !bytes.HasPrefix(got, []byte("PK")) {
		t.Error("--replace did not replace the file with the upload file")
	}
}

// A folder, or anything else, of the upload file's name is refused too.
func TestExportRefusesToReplaceAFolder(t *testing.T) {
	path := writeFile(t, "clean.csv", []byte(cleanCSV))
	out := t.TempDir()
	if err := os.Mkdir(filepath.Join(out, "Binogi_Borås_20260901.xlsx"), 0o700); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runRoster("export", "--out", out, "--date", "20260901", path); code != exitProblems {
		t.Errorf("exit %d, want %d: %s", code, exitProblems, stderr)
	}
}
