//go:build windows

package sheet

import (
	"errors"
	"os"
	"syscall"
	"time"
)

// Windows error codes of a file another program holds open (Excel locks
// the files it has open) or that is briefly locked by a virus scanner.
const (
	errorAccessDenied     syscall.Errno = 5
	errorSharingViolation syscall.Errno = 32
	errorLockViolation    syscall.Errno = 33
)

// replaceFile closes the finished temporary file (Windows renames no open
// file) and renames it over the target, retrying for about a second while
// the target is locked.
func replaceFile(tmp *os.File, path string) error {
	if err := tmp.Close(); err != nil {
		return err
	}
	var err error
	for range 10 {
		if err = os.Rename(tmp.Name(), path); err == nil || !isSharingViolation(err) {
			return err
		}
		time.Sleep(100 * time.Millisecond)
	}
	return err
}

// isSharingViolation reports whether err means another program holds the
// file open.
func isSharingViolation(err error) bool {
	return errors.Is(err, errorSharingViolation) || errors.Is(err, errorLockViolation) || errors.Is(err, errorAccessDenied)
}
