package sheet

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// A target name near the 255-byte limit must still get a temporary file
// beside it.
func TestAtomicLongTargetName(t *testing.T) {
	for _, base := range []string{strings.Repeat("a", 245) + ".xlsx", strings.Repeat("å", 120) + ".xlsx"} {
		dir := t.TempDir()
		path := filepath.Join(dir, base)
		err := WriteAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }, nil)
		if err != nil {
			t.Fatalf("%d-byte name: %v", len(base), err)
		}
		if got, _ := os.ReadFile(path); string(got) != "new" {
			t.Errorf("%d-byte name: file holds %q", len(base), got)
		}
		assertOnlyFile(t, dir, base)
	}
}

func TestTempBase(t *testing.T) {
	for _, name := range []string{"", "Binogi_Borås_20210807.xlsx", strings.Repeat("å", 100), strings.Repeat("😀", 40)} {
		got := tempBase(name)
		if len(got) > 64 || !utf8.ValidString(got) || !strings.HasPrefix(name, got) {
			t.Errorf("tempBase(%.10q…) = %q", name, got)
		}
	}
}

// assertOnlyFile fails unless dir holds exactly the file name: no
// temporary file is left behind.
func assertOnlyFile(t *testing.T, dir, name string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != name {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %q, want only %q", names, name)
	}
}
