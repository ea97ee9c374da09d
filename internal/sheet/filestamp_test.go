package sheet

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"rosterdesk/internal/roster"
)

// simpleRoster is a roster whose values the importer reads back as they
// are.
func simpleRoster() *roster.Roster {
	r := roster.New()
	r.AddExtraColumn("Anteckning")
	row := r.Append([roster.NumFields]string{"a@b.se", "Ann", "Öberg", "9A", "Skola", "Borås", "student", "0701"})
	row.Extra = []string{"ny"}
	r.Append([roster.NumFields]string{"c@d.se", "Bo", "Åberg", "", "Skola", "Borås", "teacher", ""}).Protected = true
	return r
}

func TestStatFileMissing(t *testing.T) {
	st, err := StatFile(filepath.Join(t.TempDir(), "nothing.xlsx"))
	if err != nil || st != (FileStamp{}) {
		t.Errorf("StatFile(missing) = %+v, %v; want the zero stamp", st, err)
	}
}

func TestStatFile(t *testing.T) {
	path := writeOld(t, t.TempDir())
	st, err := StatFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Size != int64(len(oldContent)) || st.ModTime.IsZero() {
		t.Errorf("stamp = %+v", st)
	}
}

func TestWorkingCopyIfUnchangedSaves(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "roster.xlsx")
	// A file that did not exist when opened (zero stamp) may be created.
	if err := SaveWorkingCopyIfUnchanged(path, simpleRoster(), FileStamp{}); err != nil {
		t.Fatal(err)
	}
	st, err := StatFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Saving again with the stamp of the last save works.
	if err := SaveWorkingCopyIfUnchanged(path, simpleRoster(), st); err != nil {
		t.Fatal(err)
	}
	assertNoTemp(t, dir)
}

func TestWorkingCopyIfUnchangedRefuses(t *testing.T) {
	other := []byte("what another program saved, which must survive")
	tests := []struct {
		name   string
		change func(path string) error
		want   []byte
	}{
		{"rewritten, other size", func(path string) error {
			return os.WriteFile(path, other, 0o644)
		}, other},
		{"touched, same size", func(path string) error {
			later := time.Now().Add(3 * time.Second)
			return os.Chtimes(path, later, later)
		}, oldContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeOld(t, t.TempDir())
			st, err := StatFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := tt.change(path); err != nil {
				t.Fatal(err)
			}
			err = SaveWorkingCopyIfUnchanged(path, simpleRoster(), st)
			if !errors.Is(err, ErrChangedOnDisk) {
				t.Fatalf("error = %v, want ErrChangedOnDisk", err)
			}
			if got, _ := os.ReadFile(path); string(got) != string(tt.want) {
				t.Errorf("the file on disk changed to %q", got)
			}
		})
	}
}

func TestWorkingCopyIfUnchangedCreatedMeanwhile(t *testing.T) {
	// Opened from nothing (a new roster), but another program created the
	// file since: not overwritten.
	path := writeOld(t, t.TempDir())
	err := SaveWorkingCopyIfUnchanged(path, simpleRoster(), FileStamp{})
	if !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("error = %v, want ErrChangedOnDisk", err)
	}
	assertOld(t, path)
}

func TestWorkingCopyIfUnchangedDeletedMeanwhile(t *testing.T) {
	// The file was deleted since it was opened: the stamp differs, so the
	// save is refused and the user chooses where to save.
	dir := t.TempDir()
	path := writeOld(t, dir)
	st, _ := StatFile(path)
	os.Remove(path)
	err := SaveWorkingCopyIfUnchanged(path, simpleRoster(), st)
	if !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("error = %v, want ErrChangedOnDisk", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Error("file recreated")
	}
}
