package sheet

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"rosterdesk/internal/roster"
)

// TestWrittenFilesAreTheUsersAlone checks that the upload file and the
// working copy are readable by the user alone (0600) on Unix, whether
// they are new or replace a file that others could read.
func TestWrittenFilesAreTheUsersAlone(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix modes: files take the folder's access list")
	}
	r := roster.New()
	r.Append([roster.NumFields]string{"tova.lind@skola.example.se", "Tova", "Lind", "9A", "Norrskolan", "Borås", "student", ""})
	writers := map[string]func(path string) error{
		"upload file": func(path string) error {
			_, err := WriteUpload(path, r)
			return err
		},
		"working copy": func(path string) error { return SaveWorkingCopy(path, r) },
	}
	for name, write := range writers {
		for _, existing := range []bool{false, true} {
			path := filepath.Join(t.TempDir(), "lista.xlsx")
			if existing {
				if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(path, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := write(path); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if info.Mode().Perm() != 0o600 {
				t.Errorf("%s (replacing a file: %v) has mode %v, want 0600", name, existing, info.Mode().Perm())
			}
		}
	}
}
