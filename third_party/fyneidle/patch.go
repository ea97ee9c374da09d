package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// fyneModule is the module the patch is for.
const fyneModule = "fyne.io/fyne/v2"

// originals are Fyne's files that the patch replaces or whose unexported
// names the added files use, with the sha256 of the version the patch was
// made from (Fyne v2.7.1); README.md lists them too.
var originals = map[string]string{
	"internal/driver/glfw/loop.go":      "d15914b9536c96cfdb7627b6b78b7ca3ad31b56428b2061f8421e93bbe859e45",
	"internal/driver/glfw/animation.go": "e639b5e2b39cef501e49a6a258bdf3268fb70ac19416b1d3972b894d5784082e",
	"internal/animation/runner.go":      "055de4f3d62a7dd36dd63f1746d93867cda28e933f152dd5790266f0fe62561d",
	"internal/overlay_stack.go":         "7466c8febb317470b58447edfed342708f4610fb6deea579fc83f823fe1259ac",
}

// patchDir holds the patched files, at their paths in Fyne's module,
// relative to the main module's root. Its name starts with "_" so that
// the go command does not take it for a package of Roster Desk.
const patchDir = "third_party/fyneidle/_fyne"

// module is what `go mod download -json` and `go list -m -json` say of a module.
type module struct{ Path, Version, Dir, GoVersion, Error string }

// prepare checks Fyne's files, makes the patched copy in the folder cache
// (default: rosterdesk-fyneidle in the user's cache folder) unless it is
// there, and writes beside it the workspace file of this checkout of
// Roster Desk; it returns the workspace file's path.
//
// The workspace file names the copy by a path relative to itself: Go
// writes the replacement's path into the program's build information,
// and an absolute one would put this machine's folders into the program.
func prepare(cache string) (string, error) {
	var main, fyne module
	if err := goJSON(&main, "list", "-m", "-json"); err != nil {
		return "", err
	}
	if err := goJSON(&fyne, "mod", "download", "-json", fyneModule); err != nil {
		return "", err
	}
	if fyne.Error != "" || fyne.Dir == "" {
		return "", fmt.Errorf("go mod download %s: no folder (%s)", fyneModule, fyne.Error)
	}
	if err := checkOriginals(fyne.Dir); err != nil {
		return "", err
	}
	if cache == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			return "", err
		}
		cache = filepath.Join(dir, "rosterdesk-fyneidle")
	}
	cache, err := filepath.Abs(cache)
	if err != nil {
		return "", err
	}
	copyDir, err := patchedCopy(cache, fyne, filepath.Join(main.Dir, filepath.FromSlash(patchDir)))
	if err != nil {
		return "", err
	}
	// One workspace file per checkout, named after its folder.
	sum := sha256.Sum256([]byte(main.Dir))
	work := filepath.Join(cache, "rosterdesk-"+hex.EncodeToString(sum[:])[:16]+".work")
	text := fmt.Sprintf("// Written by third_party/fyneidle for %s:\n"+
		"// Roster Desk with Fyne's main loop patched.\n\n"+
		"go %s\n\nuse %q\n\nreplace %s %s => ./%s\n",
		main.Dir, main.GoVersion, main.Dir, fyneModule, fyne.Version, filepath.Base(copyDir))
	return work, os.WriteFile(work, []byte(text), 0o644)
}

// checkOriginals fails unless every file in originals has its recorded
// sha256 in Fyne's folder dir.
func checkOriginals(dir string) error {
	for name, want := range originals {
		got, err := fileSHA256(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			return err
		}
		if got != want {
			return fmt.Errorf("%s in %s has sha256 %s, not %s, the file the patch in %s was made from: "+
				"make the patch again from the new file (see third_party/fyneidle/README.md)", name, dir, got, want, patchDir)
		}
	}
	return nil
}

// patchedCopy returns the folder of Fyne's module with the files of the
// folder patches put in, in the folder cache, copying it first when it is
// not there. Its name holds Fyne's version and a hash of the patch, so
// that a changed patch gets a new copy and an unchanged one keeps its
// place (and Go's build cache stays warm).
func patchedCopy(cache string, fyne module, patches string) (string, error) {
	files, hash, err := patchFiles(patches)
	if err != nil {
		return "", err
	}
	dir := filepath.Join(cache, "fyne-"+fyne.Version+"-"+hash[:16])
	if _, err := os.Stat(dir); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(cache, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(cache, "copying-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	if err := copyTree(fyne.Dir, tmp); err != nil {
		return "", err
	}
	for name, data := range files {
		path := filepath.Join(tmp, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return "", err
		}
	}
	// Another build may have made the same copy meanwhile: keep either.
	if err := os.Rename(tmp, dir); err != nil {
		if _, statErr := os.Stat(dir); statErr != nil {
			return "", err
		}
	}
	return dir, nil
}

// patchFiles reads the .go files under dir, by their slash path relative
// to it, and hashes names and contents together.
func patchFiles(dir string) (map[string][]byte, string, error) {
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		files[filepath.ToSlash(rel)], err = os.ReadFile(path)
		return err
	})
	if err != nil {
		return nil, "", err
	}
	if len(files) == 0 {
		return nil, "", fmt.Errorf("no patched files in %s", dir)
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, name := range names {
		fmt.Fprintf(h, "%s %d\n", name, len(files[name]))
		h.Write(files[name])
	}
	return files, hex.EncodeToString(h.Sum(nil)), nil
}

// copyTree copies the files of the folder from into the folder to,
// writable (the module cache's are read-only).
func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, path)
		if err != nil {
			return err
		}
		target := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// fileSHA256 is the hex sha256 of the file at path.
func fileSHA256(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:]), nil
}

// goJSON runs the go command outside any workspace and decodes its
// JSON output into v.
func goJSON(v any, args ...string) error {
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "GOWORK=off")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go %s: %v", strings.Join(args, " "), err)
	}
	if err := json.Unmarshal(out, v); err != nil {
		return fmt.Errorf("go %s: %v", strings.Join(args, " "), err)
	}
	return nil
}
