package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A municipality of only a zero-width space is empty: export writes no
// Binogi_Kommun_… file but says the value is missing, and check names the
// character it removed.
func TestInvisibleMunicipalityIsMissing(t *testing.T) {
	path := filepath.Join(hostileDir, "invisible_zwsp_municipality.csv")
	out := t.TempDir()
	code, stdout, stderr := runRoster("export", "--out", out, "--date", "20260901", path)
	if code != exitProblems || stdout != "" || !strings.Contains(stderr, "row 2, Municipality: required, but empty") {
		t.Errorf("export: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("export wrote %v", entries)
	}
	rep := checkJSON(t, path, exitProblems)
	lines := problemLines(rep)
	for _, want := range []string{"2 Municipality warning invisible_removed", "2 Municipality error missing"} {
		if !slices.Contains(lines, want) {
			t.Errorf("problems %q, want %q", lines, want)
		}
	}
	for _, p := range rep.Problems {
		if p.Code == "invisible_removed" && p.Message != "invisible characters removed: zero-width space (U+200B)" {
			t.Errorf("message %q", p.Message)
		}
	}
}
