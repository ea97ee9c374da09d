package main

import (
	"path/filepath"
	"strings"
	"testing"

	"rosterdesk/internal/sheet"
)

// hostileDir is the sheet package's corpus of hostile and broken files.
var hostileDir = filepath.Join("..", "..", "internal", "sheet", "testdata", "hostile")

// Every file of the corpus that cannot be read gives exit 2 and one line
// on stderr, the reader's message, on both commands.
func TestHostileFilesExit2(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(hostileDir, "*"))
	refused := 0
	for _, f := range files {
		_, err := sheet.ReadFile(f)
		if err != nil {
			refused++
		}
		for _, cmd := range []string{"check", "export"} {
			code, stdout, stderr := runRoster(cmd, "--out", t.TempDir(), f)
			if cmd == "check" {
				code, stdout, stderr = runRoster(cmd, f)
			}
			if err == nil {
				if code == exitUnreadable {
					t.Errorf("%s %s: exit 2 for a readable file: %s", cmd, filepath.Base(f), stderr)
				}
				continue
			}
			if code != exitUnreadable || stdout != "" || stderr != err.Error()+"\n" {
				t.Errorf("%s %s: exit %d, stdout %q, stderr %q; want exit 2 and the line %q",
					cmd, filepath.Base(f), code, stdout, stderr, err.Error())
			}
		}
	}
	if refused < 25 {
		t.Errorf("only %d files of the corpus refused", refused)
	}
}

func TestPassword(t *testing.T) {
	locked := filepath.Join(hostileDir, "encrypted.xlsx")
	code, _, stderr := runRoster("check", locked)
	if code != exitUnreadable || !strings.Contains(stderr, "--password") {
		t.Errorf("no password: exit %d, %q", code, stderr)
	}
	code, _, stderr = runRoster("check", "--password", "fel", locked)
	if code != exitUnreadable || stderr != "encrypted.xlsx: the password is not correct\n" {
		t.Errorf("wrong password: exit %d, %q", code, stderr)
	}
	code, stdout, stderr := runRoster("check", locked, "--password", "hemligt")
	if code == exitUnreadable || !strings.Contains(stdout, "3 rows") {
		t.Errorf("right password: exit %d, %q, %q", code, stdout, stderr)
	}
	// Its E-post column holds another address than Email: Ignore says
	// which one is sent (columns_disagree).
	code, stdout, _ = runRosterIn(map[string]string{passwordEnv: "hemligt"}, "export", "--out", t.TempDir(), "--map", "E-post=Ignore", locked)
	if code == exitUnreadable || !strings.HasSuffix(strings.TrimSpace(stdout), ".xlsx") {
		t.Errorf("password from %s: exit %d, %q", passwordEnv, code, stdout)
	}
}
