package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// secretAddress is on one row of the list the interrupted exports write:
// no file outside the upload file may hold it once a run is over.
const secretAddress = "tova.hemlig@skola.example.se"

// TestInterruptedExportLeavesNothing builds roster and stops `roster
// export --replace` of 100,000 rows with SIGKILL, SIGINT and SIGTERM at
// random moments, over an upload file of the same list. The upload file
// stays byte for byte what it was (the writer is deterministic, so a run
// that finished wrote the same bytes); SIGINT and SIGTERM leave no
// temporary file at all; after SIGKILL, the next start removes what the
// killed run left in the temporary folder and the next export what it
// left beside the upload file. Nothing outside the upload file holds the
// address, checked in the raw bytes and in whatever a zip, even a cut-off
// one, inflates to.
func TestInterruptedExportLeavesNothing(t *testing.T) {
	work := t.TempDir()
	bin := filepath.Join(work, "roster")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	src := filepath.Join(work, "elevlista.csv")
	writeLargeRoster(t, src, 100_000)
	tmp, out := filepath.Join(work, "tmp"), filepath.Join(work, "out")
	for _, dir := range []string{tmp, out} {
		if err := os.Mkdir(dir, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	roster := func(args ...string) *exec.Cmd {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "TMPDIR="+tmp, "LANG=C")
		return cmd
	}
	export := func() *exec.Cmd {
		return roster("export", "--replace", "--out", out, "--date", "20260901", src)
	}
	target := filepath.Join(out, "Binogi_Borås_20260901.xlsx")

	start := time.Now()
	if b, err := export().CombinedOutput(); err != nil {
		t.Fatalf("the first export: %v\n%s", err, b)
	}
	whole := time.Since(start)
	before, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	if !holdsAddress(before) {
		t.Fatal("the address is not found in the upload file: the search cannot see it")
	}
	t.Logf("a whole export takes %v", whole)

	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGINT, syscall.SIGTERM} {
		for range 2 {
			at := time.Duration(rand.Int64N(int64(whole)))
			cmd := export()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(at)
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			t.Logf("%v after %v: %v", sig, at, err)
			got, _ := os.ReadFile(target)
			if !bytes.Equal(got, before) && !sameExport(got, before) {
				t.Fatalf("%v after %v: the upload file changed (%d bytes, was %d)", sig, at, len(got), len(before))
			}
			// A run that ended before the signal came replaced the file
			// with a whole one of its own save time.
			before = got
			if sig == syscall.SIGKILL {
				// What a killed run left goes at the next start (the
				// temporary folder) and the next export (beside the file).
				logLeftovers(t, out, target)
				plantOldTempFolder(t, tmp)
				if b, err := roster("check", src).CombinedOutput(); err != nil {
					t.Fatalf("check: %v\n%s", err, b)
				}
				assertNoLeftovers(t, tmp, "")
				if b, err := export().CombinedOutput(); err != nil {
					t.Fatalf("the next export: %v\n%s", err, b)
				}
				// It replaced the file with one of its own save time.
				if before, err = os.ReadFile(target); err != nil {
					t.Fatal(err)
				}
			} else {
				var exit *exec.ExitError
				if errors.As(err, &exit) && exit.ExitCode() != -1 && exit.ExitCode() != 128+int(sig) {
					t.Errorf("%v: exit code %d, want %d", sig, exit.ExitCode(), 128+int(sig))
				}
			}
			assertNoLeftovers(t, tmp, "")
			assertNoLeftovers(t, out, target)
		}
	}
}

// writeLargeRoster writes a clean csv roster of n students, one of them
// with secretAddress.
func writeLargeRoster(t *testing.T, path string, n int) {
	t.Helper()
	var b strings.Builder
	b.WriteString("Email,FirstName,LastName,Class,School,Municipality,Role,SSOID\n")
	for i := range n {
		email := fmt.Sprintf("elev%d@skola.example.se", i)
		if i == n/2 {
			email = secretAddress
		}
		fmt.Fprintf(&b, "%s,Elev,Nummer%d,9%c,Skola %d,Borås,student,%d\n", email, i, 'A'+rune(i%4), i%40, 100000000000+i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
}

// plantOldTempFolder leaves a private temporary folder as an earlier,
// killed run that read a workbook through excelize would have.
func plantOldTempFolder(t *testing.T, tmp string) {
	t.Helper()
	dir := filepath.Join(tmp, "rosterdesk-4242")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "excelize-123"), []byte(secretAddress), 0o600); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(dir, old, old); err != nil {
		t.Fatal(err)
	}
}

// assertNoLeftovers fails on any file under dir but keep, and says
// whether it holds the address.
func assertNoLeftovers(t *testing.T, dir, keep string) {
	t.Helper()
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || path == dir || path == keep {
			return err
		}
		if d.IsDir() {
			t.Errorf("left behind: folder %s", path)
			return nil
		}
		data, _ := os.ReadFile(path)
		t.Errorf("left behind: %s (%d bytes; holds the address: %v)", path, len(data), holdsAddress(data))
		return nil
	})
}

// logLeftovers says what a killed run left in dir, but keep.
func logLeftovers(t *testing.T, dir, keep string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if path := filepath.Join(dir, e.Name()); path != keep {
			data, _ := os.ReadFile(path)
			t.Logf("the killed run left %s (%d bytes; holds the address: %v)", e.Name(), len(data), holdsAddress(data))
		}
	}
}

// holdsAddress reports whether data holds secretAddress, as it is or in
// any deflated part of a zip, read from its local headers so that a zip
// cut off mid-write counts too.
func holdsAddress(data []byte) bool {
	if bytes.Contains(data, []byte(secretAddress)) {
		return true
	}
	for rest := data; ; {
		i := bytes.Index(rest, []byte("PK\x03\x04"))
		if i < 0 || len(rest) < i+30 {
			return false
		}
		h := rest[i:]
		start := 30 + int(binary.LittleEndian.Uint16(h[26:])) + int(binary.LittleEndian.Uint16(h[28:]))
		if binary.LittleEndian.Uint16(h[8:]) == 8 && start < len(h) {
			inflated, _ := io.ReadAll(flate.NewReader(bytes.NewReader(h[start:])))
			if bytes.Contains(inflated, []byte(secretAddress)) {
				return true
			}
		}
		rest = h[4:]
	}
}

// sameExport reports whether a and b are whole upload files of the same
// rows, each part the same but the document properties, which name the
// time each was saved.
func sameExport(a, b []byte) bool {
	parts := func(data []byte) map[string][]byte {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return nil
		}
		out := map[string][]byte{}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				return nil
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return nil
			}
			if f.Name != "docProps/core.xml" {
				out[f.Name] = b
			}
		}
		return out
	}
	pa, pb := parts(a), parts(b)
	if len(pa) == 0 || len(pa) != len(pb) {
		return false
	}
	for name, p := range pa {
		if !bytes.Equal(p, pb[name]) {
			return false
		}
	}
	return true
}
