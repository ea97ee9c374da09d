package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestReadPreferences(t *testing.T) {
	dir := t.TempDir()
	path := preferencesPath(dir)
	if p := readPreferences(path); p != (preferences{}) {
		t.Errorf("no file: %+v, want the defaults", p)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(`{"graphics.software":true,"language":"fi","export.folder":"C:\\x"}`)
	if p := readPreferences(path); !p.Software || p.Language != "fi" {
		t.Errorf("got %+v, want software and fi", p)
	}
	write(`{"graphics.software":"yes"`)
	if p := readPreferences(path); p != (preferences{}) {
		t.Errorf("a damaged file: %+v, want the defaults", p)
	}
	if want := filepath.Join(dir, "fyne", "se.rosterdesk.app", "preferences.json"); path != want {
		t.Errorf("path %s, want %s", path, want)
	}
}
