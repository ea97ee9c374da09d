package sheet

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"rosterdesk/internal/roster"
)

// The fault tests below run their real work in a child process (the test
// binary run again, the env var childDirEnv naming the folder), so that the
// child can be an unprivileged user or live in its own mount namespace.
const childDirEnv = "ROSTERDESK_SHEET_FAULT_DIR"

// runChild runs the test named test in a child with the folder dir; cmd
// gets the prefix args before the binary (as "unshare", …).
func runChild(t *testing.T, test, dir string, prefix []string, attr *syscall.SysProcAttr) (string, error) {
	t.Helper()
	args := append(prefix, os.Args[0], "-test.run=^"+test+"$", "-test.v", "-test.count=1")
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), childDirEnv+"="+dir)
	cmd.SysProcAttr = attr
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// readOnlySaid is how a folder that may not be written is said.
var readOnlySaid = map[string]string{"sv": "du har inte behörighet att skriva i mappen rosterdesk-readonly-",
	"fi": "sinulla ei ole oikeutta kirjoittaa kansioon rosterdesk-readonly-"}

func TestAtomicReadOnlyFolder(t *testing.T) {
	if dir := os.Getenv(childDirEnv); dir != "" {
		path := filepath.Join(dir, "Binogi_Borås_20210807.xlsx")
		_, err := WriteUpload(path, simpleRoster())
		assertError(t, err, "you may not write in the folder")
		assertSaid(t, err, path, readOnlySaid)
		assertOld(t, path)
		return
	}
	dir, err := os.MkdirTemp("", "rosterdesk-readonly-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := writeOld(t, dir)
	if os.Getuid() != 0 {
		// Not root: the folder's mode stops the write.
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(dir, 0o755)
		_, err := WriteUpload(path, simpleRoster())
		assertError(t, err, "you may not write in the folder")
		assertSaid(t, err, path, readOnlySaid)
		assertOld(t, path)
		return
	}
	// Root writes anywhere: run the write as nobody (uid 65534), from a
	// copy of the test binary that nobody may run, in a folder nobody
	// may not write.
	bin := copyTestBinary(t)
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	attr := &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	cmd := exec.Command(bin, "-test.run=^TestAtomicReadOnlyFolder$", "-test.v", "-test.count=1")
	cmd.Env = append(os.Environ(), childDirEnv+"="+dir)
	cmd.SysProcAttr = attr
	out, err := cmd.CombinedOutput()
	if err != nil && !strings.Contains(string(out), "--- FAIL") {
		t.Skipf("cannot run the test as uid 65534: %v\n%s", err, out)
	}
	if err != nil || !strings.Contains(string(out), "--- PASS: TestAtomicReadOnlyFolder") {
		t.Errorf("child as uid 65534 failed: %v\n%s", err, out)
	}
	assertOld(t, path)
	assertNoTemp(t, dir)
}

// copyTestBinary copies the running test binary where any user may run it.
func copyTestBinary(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "rosterdesk-bin-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	src, err := os.Open(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	bin := filepath.Join(dir, "sheet.test")
	dst, err := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
	return bin
}

func TestAtomicDiskFull(t *testing.T) {
	if dir := os.Getenv(childDirEnv); dir != "" {
		path := writeOld(t, dir)
		_, err := WriteUpload(path, bigRoster(3000))
		assertError(t, err, "the disk is full")
		assertOld(t, path)
		assertNoTemp(t, dir)
		return
	}
	if os.Getuid() != 0 {
		t.Skip("a small tmpfs needs root (unshare -m, mount); the injected ENOSPC writer test covers the rest")
	}
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("no unshare: ", err)
	}
	dir := t.TempDir()
	// The child mounts a 64 KiB tmpfs over dir in its own mount namespace
	// (invisible here, gone when it exits) and writes there.
	script := fmt.Sprintf("mount -t tmpfs -o size=64k rosterdesk-full %q || exit 77; exec \"$0\" \"$@\"", dir)
	out, err := runChild(t, "TestAtomicDiskFull", dir, []string{"unshare", "-m", "--propagation", "private", "sh", "-c", script}, nil)
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 77 || err != nil && !strings.Contains(out, "--- ") {
		t.Skipf("cannot mount a small tmpfs here: %v\n%s", err, out)
	}
	if err != nil || !strings.Contains(out, "--- PASS: TestAtomicDiskFull") {
		t.Errorf("child on a full disk failed: %v\n%s", err, out)
	}
}

// bigRoster returns a roster of n students.
func bigRoster(n int) *roster.Roster {
	r := roster.New()
	for i := range n {
		r.Append([roster.NumFields]string{fmt.Sprintf("elev%d@skola.se", i), "Förnamn", fmt.Sprintf("Efternamn %d", i),
			"9A", "Ängby skola", "Borås", "student", fmt.Sprintf("%012d", i)})
	}
	return r
}
