package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFyneFilesAreThoseThePatchWasMadeFrom fails after a Fyne upgrade, or
// any change of the Fyne files the patch replaces or relies on: the patch
// must then be made again from the new files (README.md says how).
func TestFyneFilesAreThoseThePatchWasMadeFrom(t *testing.T) {
	var fyne module
	if err := goJSON(&fyne, "mod", "download", "-json", fyneModule); err != nil {
		t.Fatal(err)
	}
	if err := checkOriginals(fyne.Dir); err != nil {
		t.Fatal(err)
	}
}

// TestEveryReplacedFileHasItsHash: a file of _fyne that Fyne has too
// replaces Fyne's, whose sha256 must be recorded in originals; the
// others are added to Fyne's packages.
func TestEveryReplacedFileHasItsHash(t *testing.T) {
	var fyne module
	if err := goJSON(&fyne, "mod", "download", "-json", fyneModule); err != nil {
		t.Fatal(err)
	}
	files, _, err := patchFiles("_fyne")
	if err != nil {
		t.Fatal(err)
	}
	for name := range files {
		_, err := os.Stat(filepath.Join(fyne.Dir, filepath.FromSlash(name)))
		if _, recorded := originals[name]; err == nil && !recorded {
			t.Errorf("_fyne/%s replaces Fyne's file, whose sha256 is not in originals", name)
		}
		if data := string(files[name]); !strings.Contains(data, "Roster Desk") {
			t.Errorf("_fyne/%s does not say what Roster Desk changed", name)
		}
	}
	for name := range originals {
		if _, err := os.Stat(filepath.Join(fyne.Dir, filepath.FromSlash(name))); err != nil {
			t.Errorf("originals names %s, which Fyne does not have: %v", name, err)
		}
	}
}

// TestREADMEListsTheHashes keeps README.md's list of Fyne's files and
// their sha256 the same as originals.
func TestREADMEListsTheHashes(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for name, sum := range originals {
		if !strings.Contains(string(readme), "`"+sum+"`  "+name) {
			t.Errorf("README.md does not list %s with sha256 %s", name, sum)
		}
	}
}

// TestPrepareWritesAWorkspaceWithThePatchedCopy runs prepare with a cache
// folder of the test's: the copy holds Fyne's files with the patched
// ones put in, and the workspace file replaces Fyne with the copy.
func TestPrepareWritesAWorkspaceWithThePatchedCopy(t *testing.T) {
	cache := t.TempDir()
	work, err := prepare(cache)
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(work)
	if err != nil {
		t.Fatal(err)
	}
	copies, err := filepath.Glob(filepath.Join(cache, "fyne-v*"))
	if err != nil || len(copies) != 1 {
		t.Fatalf("want one copy of Fyne in %s, found %v (%v)", cache, copies, err)
	}
	if filepath.Dir(work) != cache {
		t.Errorf("the workspace file %s is not beside the copy in %s", work, cache)
	}
	// Relative, so that no folder of this machine ends up in the program.
	if !strings.Contains(string(text), "replace "+fyneModule+" v2.7.1 => ./"+filepath.Base(copies[0])+"\n") {
		t.Errorf("%s does not replace Fyne with ./%s:\n%s", work, filepath.Base(copies[0]), text)
	}
	files, _, err := patchFiles("_fyne")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(copies[0], filepath.FromSlash(name)))
		if err != nil || string(got) != string(want) {
			t.Errorf("the copy's %s is not _fyne's (%v)", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(copies[0], "go.mod")); err != nil {
		t.Errorf("the copy has no go.mod: %v", err)
	}
	// A second run keeps the copy.
	if again, err := prepare(cache); err != nil || again != work {
		t.Fatalf("a second run wrote %s (%v), not %s", again, err, work)
	}
	if left, _ := filepath.Glob(filepath.Join(cache, "*")); len(left) != 2 {
		t.Errorf("after two runs the cache folder holds %v, want the copy and the workspace file", left)
	}
}
