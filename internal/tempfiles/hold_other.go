//go:build !windows

package tempfiles

import (
	"os"
	"syscall"
)

// Hold locks f, a temporary file this run uses, until it is closed (or
// the run ends, however it ends): removeIfUnheld then leaves it alone.
func Hold(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
}

// removeIfUnheld removes path unless a run holds it, and reports whether
// it was removed.
func removeIfUnheld(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if Hold(f) != nil {
		return false
	}
	return os.Remove(path) == nil
}
