//go:build windows

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

const errorSharingViolation syscall.Errno = 32

// lockFile opens the lock file at path, making it if needed, shared with
// no one: until it is closed or the process ends, however it ends, no
// other handle can open it.
func lockFile(path string) (*os.File, error) {
	name, err := syscall.UTF16PtrFromString(path)
	if err != nil {
		return nil, err
	}
	h, err := syscall.CreateFile(name, syscall.GENERIC_READ|syscall.GENERIC_WRITE, 0, nil,
		syscall.OPEN_ALWAYS, syscall.FILE_ATTRIBUTE_NORMAL, 0)
	if err != nil {
		if errors.Is(err, errorSharingViolation) {
			return nil, errLocked
		}
		return nil, err
	}
	return os.NewFile(uintptr(h), path), nil
}
