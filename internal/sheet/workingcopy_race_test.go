package sheet

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// Another program may write the file while the working copy is being
// written: the check runs again just before the rename, and the other
// program's file stays.
func TestWorkingCopyChangedDuringWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "roster.xlsx")
	if err := SaveWorkingCopy(path, simpleRoster()); err != nil {
		t.Fatal(err)
	}
	since, err := StatFile(path)
	if err != nil {
		t.Fatal(err)
	}
	other := []byte("written by another program meanwhile")
	err = saveWorkingCopy(path, simpleRoster(), false, func() error {
		if err := os.WriteFile(path, other, 0o644); err != nil {
			return err
		}
		return unchangedSince(path, since)
	})
	if !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("err = %v, want ErrChangedOnDisk", err)
	}
	if got, _ := os.ReadFile(path); string(got) != string(other) {
		t.Errorf("the other program's file was replaced: %q", got)
	}
	assertOnlyFile(t, dir, "roster.xlsx")
}
