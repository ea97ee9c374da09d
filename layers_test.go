// Package rosterdesk_test holds the tests that guard the module's layout:
// which package may import which, and which may need cgo or Fyne.
package rosterdesk_test

import (
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// layers lists, for each internal package, the internal packages it may
// import (docs/DESIGN.md: roster → check → sheet → editor → ui). i18n, the
// program's words, stands below them all and imports none, as does
// version, the program's version for both programs; xlsxwrite,
// the workbook writer that sheet saves with, imports none either.
// schooldata, the reader of the school data standards (SDS, SS12000,
// OneRoster), stands beside sheet, which hands it those sources; both read
// csv cells through csvcells, which imports none.
// xlsxread, which reads the cells of a workbook's sheets, stands between
// check and sheet, on tempfiles, which keeps the temporary files that
// hold personal data from being left behind (sheet saves with it too).
// rostertest, the synthetic lists of the tests and benchmarks, stands on
// roster; xlsxtest, the small workbooks of the readers' and the import's
// tests, and testenv, what the tests know of the run they are in (how
// much slower the race detector makes them), on nothing. No package
// lists these three, so only tests may import them.
var layers = map[string][]string{
	"rosterdesk/internal/i18n":              {},
	"rosterdesk/internal/version":           {},
	"rosterdesk/internal/roster":            {"i18n"},
	"rosterdesk/internal/roster/rostertest": {"roster"},
	"rosterdesk/internal/check":             {"i18n", "roster"},
	"rosterdesk/internal/xlsxwrite":         {},
	"rosterdesk/internal/tempfiles":         {},
	"rosterdesk/internal/xlsxread":          {"i18n", "tempfiles"},
	"rosterdesk/internal/xlsxread/xlsxtest": {},
	"rosterdesk/internal/csvcells":          {},
	"rosterdesk/internal/testenv":           {},
	"rosterdesk/internal/schooldata":        {"i18n", "roster", "check", "csvcells"},
	"rosterdesk/internal/sheet":             {"i18n", "roster", "check", "xlsxwrite", "xlsxread", "tempfiles", "schooldata", "csvcells"},
	"rosterdesk/internal/editor":            {"i18n", "roster", "check", "sheet", "schooldata"},
	"rosterdesk/internal/ui":                {"i18n", "roster", "check", "sheet", "editor", "schooldata"},
}

// fyneAllowed are the only packages that may depend on Fyne.
var fyneAllowed = map[string]bool{
	"rosterdesk/internal/ui":    true,
	"rosterdesk/assets":         true,
	"rosterdesk/cmd/rosterdesk": true,
}

type listedPackage struct {
	ImportPath string
	Standard   bool
	Imports    []string
	Deps       []string
	CgoFiles   []string
}

// listPackages runs `go list -json` with the given extra environment.
func listPackages(t *testing.T, env []string, args ...string) []listedPackage {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list", "-json"}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var pkgs []listedPackage
	dec := json.NewDecoder(out)
	for {
		var p listedPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("go list: %v", err)
	}
	return pkgs
}

func TestLayersImportOneWay(t *testing.T) {
	for _, p := range listPackages(t, []string{"CGO_ENABLED=1"}, "./...") {
		allowed, layered := layers[p.ImportPath]
		for _, imp := range p.Imports {
			name, internal := strings.CutPrefix(imp, "rosterdesk/internal/")
			if !internal || !layered {
				continue
			}
			if !slices.Contains(allowed, name) {
				t.Errorf("%s imports %s: layers go roster → check → sheet → editor → ui, one way", p.ImportPath, imp)
			}
		}
	}
}

func TestOnlyUIDependsOnFyne(t *testing.T) {
	for _, p := range listPackages(t, []string{"CGO_ENABLED=1"}, "./...") {
		if fyneAllowed[p.ImportPath] {
			continue
		}
		for _, dep := range p.Deps {
			if strings.HasPrefix(dep, "fyne.io/") {
				t.Errorf("%s depends on %s: only internal/ui, assets and cmd/rosterdesk may use Fyne", p.ImportPath, dep)
				break
			}
		}
	}
}

// TestCommandLineNeedsNoCgo checks that cmd/roster and every package it
// needs outside the standard library have no cgo files, and that it builds
// with CGO_ENABLED=0.
func TestCommandLineNeedsNoCgo(t *testing.T) {
	pkgs := listPackages(t, []string{"CGO_ENABLED=1"}, "-deps", "./cmd/roster", "./assets/translations", "./internal/i18n", "./internal/roster", "./internal/check", "./internal/xlsxwrite", "./internal/tempfiles", "./internal/xlsxread", "./internal/schooldata", "./internal/sheet")
	for _, p := range pkgs {
		if !p.Standard && len(p.CgoFiles) > 0 {
			t.Errorf("%s uses cgo (%s); the command line must build without it", p.ImportPath, strings.Join(p.CgoFiles, ", "))
		}
		if strings.HasPrefix(p.ImportPath, "fyne.io/") || strings.HasPrefix(p.ImportPath, "github.com/go-gl/") {
			t.Errorf("the command line depends on %s", p.ImportPath)
		}
	}
	build := exec.Command("go", "build", "-o", os.DevNull, "./cmd/roster")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Errorf("CGO_ENABLED=0 go build ./cmd/roster: %v\n%s", err, out)
	}
}

// TestLauncherUsesNoOpenGL checks that the Windows launcher (cmd/launcher)
// builds for Windows without cgo, Fyne or go-gl: it must start where the
// window program's OpenGL does not, and probes OpenGL only by loading
// opengl32.dll at run time.
func TestLauncherUsesNoOpenGL(t *testing.T) {
	env := []string{"GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=1"}
	for _, p := range listPackages(t, env, "-deps", "./cmd/launcher") {
		if !p.Standard && len(p.CgoFiles) > 0 {
			t.Errorf("%s uses cgo (%s); the launcher must build without it", p.ImportPath, strings.Join(p.CgoFiles, ", "))
		}
		if strings.HasPrefix(p.ImportPath, "fyne.io/") || strings.HasPrefix(p.ImportPath, "github.com/go-gl/") {
			t.Errorf("the launcher depends on %s", p.ImportPath)
		}
	}
}
