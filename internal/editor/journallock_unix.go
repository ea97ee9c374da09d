//go:build unix

package editor

import (
	"errors"
	"os"
	"syscall"

	"rosterdesk/internal/i18n"
)

// errLocked says another document, in this process or another, holds a
// journal's lock.
var errLocked error = &i18n.Error{Message: i18n.T("the recovery file is in use")}

// lockFile opens the lock file at path, making it if needed, and takes an
// exclusive lock on it that lasts until the file is closed or the process
// ends, however it ends.
func lockFile(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, errLocked
		}
		return nil, err
	}
	return f, nil
}
