package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"rosterdesk/assets"
)

// failingWriter takes the first n bytes and fails after.
type failingWriter struct {
	n   int
	err error
}

func (f *failingWriter) Write(p []byte) (int, error) {
	if len(p) <= f.n {
		f.n -= len(p)
		return len(p), nil
	}
	n := f.n
	f.n = 0
	return n, f.err
}

func TestFailedOutputExits2(t *testing.T) {
	sample := writeFile(t, assets.SampleRosterName, assets.SampleRoster)
	clean := writeFile(t, "elever.csv", []byte(cleanCSV))
	for _, args := range [][]string{
		{"check", clean}, {"check", "--json", clean}, {"check", sample}, {"help"},
		{"export", "--replace", "--out", t.TempDir(), clean}, // run twice, into the same folder
		{"diff", clean, clean},
	} {
		for _, n := range []int{0, 10} {
			var errs strings.Builder
			code := testRunner(nil).run(args, &failingWriter{n: n, err: syscall.ENOSPC}, &errs)
			if code != exitUnreadable || !strings.Contains(errs.String(), "the output could not be written: no space left on device") {
				t.Errorf("%q after %d bytes: exit %d, stderr %q", args, n, code, errs.String())
			}
		}
	}
	// A short write without an error is a failure too.
	var errs strings.Builder
	if code := testRunner(nil).run([]string{"check", clean}, &failingWriter{n: 3}, &errs); code != exitUnreadable {
		t.Errorf("short write: exit %d, stderr %q", code, errs.String())
	}
}

func TestOutputReason(t *testing.T) {
	for err, want := range map[error]string{
		&os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}: "no space left on device",
		&os.PathError{Op: "write", Path: "/home/x", Err: syscall.EIO}:        "input/output error",
		syscall.EPIPE:   "the reader went away",
		errors.New("x"): "x",
	} {
		if got := outputReason(err); got != want {
			t.Errorf("outputReason(%v) = %q, want %q", err, got, want)
		}
	}
}

// The real command, its standard output on /dev/full.
func TestCheckToDevFullExits2(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/dev/full is Linux's")
	}
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full: %v", err)
	}
	defer full.Close()
	bin := filepath.Join(t.TempDir(), "roster")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	clean := writeFile(t, "elever.csv", []byte(cleanCSV))
	cmd := exec.Command(bin, "check", clean)
	cmd.Env = append(os.Environ(), "LANG=C")
	cmd.Stdout = full
	var errs strings.Builder
	cmd.Stderr = &errs
	err = cmd.Run()
	if ee, ok := errors.AsType[*exec.ExitError](err); !ok || ee.ExitCode() != exitUnreadable {
		t.Fatalf("exit %v, want %d; stderr %q", err, exitUnreadable, errs.String())
	}
	if !strings.Contains(errs.String(), "no space left on device") {
		t.Errorf("stderr %q", errs.String())
	}
}
