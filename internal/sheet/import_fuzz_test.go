package sheet

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// checkResult fails unless a read gave either an import with a roster or
// a *FileError, never both and never neither.
func checkResult(t *testing.T, imp *Import, err error) {
	t.Helper()
	if err != nil {
		if imp != nil {
			t.Fatalf("both an import and an error: %v", err)
		}
		if _, ok := errors.AsType[*FileError](err); !ok {
			t.Fatalf("error %T %v is not a *FileError", err, err)
		}
		return
	}
	if imp == nil || imp.Roster == nil {
		t.Fatal("no import and no error")
	}
	for _, row := range imp.Roster.Rows {
		if row.ID == 0 || row.SourceLine <= imp.HeaderRow {
			t.Fatalf("row %+v after header row %d", row, imp.HeaderRow)
		}
	}
}

// The seed corpora are in testdata/fuzz; plain go test runs them.

// addHostileSeeds adds the files of testdata/hostile as seeds.
func addHostileSeeds(f *testing.F, pattern string) {
	files, _ := filepath.Glob(filepath.Join("testdata", "hostile", pattern))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		if len(data) <= 1<<20 {
			f.Add(data)
		}
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("Email;FirstName;LastName\na@b.example;A;B\n"))
	addHostileSeeds(f, "*.csv")
	f.Fuzz(func(t *testing.T, data []byte) {
		imp, err := ReadCSV(bytes.NewReader(data), "fuzz.csv")
		checkResult(t, imp, err)
	})
}

func FuzzReadXLSX(f *testing.F) {
	f.Add([]byte("PK\x03\x04"))
	addHostileSeeds(f, "*.xlsx")
	f.Fuzz(func(t *testing.T, data []byte) {
		imp, err := ReadXLSX(bytes.NewReader(data), int64(len(data)), "fuzz.xlsx")
		checkResult(t, imp, err)
	})
}
