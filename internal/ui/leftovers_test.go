package ui

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestSaveFolders(t *testing.T) {
	a := test.NewTempApp(t)
	u := New(a)
	t.Cleanup(u.win.Close)
	export, open, recent := t.TempDir(), t.TempDir(), t.TempDir()
	u.prefs.SetExportFolder(export)
	u.prefs.SetOpenFolder(open)
	for _, name := range []string{"a.xlsx", "b.xlsx"} {
		path := filepath.Join(recent, name)
		if err := os.WriteFile(path, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		u.prefs.AddRecentFile(path)
	}
	got := u.SaveFolders()
	want := []string{export, open, recent}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("SaveFolders = %q, want %q", got, want)
	}
}
