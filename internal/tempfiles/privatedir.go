package tempfiles

import (
	"io"
	"os"
	"path/filepath"
)

// excelize writes parts of a large workbook to temporary files while it
// reads or writes it (a big sheet, the shared strings, a stream writer's
// overflow): personal data. They go to a folder of their own that only
// the user may open, removed as soon as the workbook is closed, never
// loose in the shared temporary folder.

// PrivateDir makes that folder (mode 0700), holds its lock file while
// the folder is in use (see leftovers.go), and returns it, and the
// function that removes it and everything in it. The folder is removed
// too if the run is interrupted.
func PrivateDir() (string, func(), error) {
	var dir string
	var lock *os.File
	err := Track(func() (string, io.Closer, error) {
		var err error
		if dir, err = os.MkdirTemp("", "rosterdesk-"); err != nil {
			return "", nil, err
		}
		if err := os.Chmod(dir, 0o700); err != nil {
			os.RemoveAll(dir)
			return "", nil, err
		}
		lock, err = os.OpenFile(filepath.Join(dir, lockName), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			os.RemoveAll(dir)
			return "", nil, err
		}
		_ = Hold(lock)
		return dir, lock, nil
	})
	if err != nil {
		return "", func() {}, err
	}
	return dir, func() {
		remove(dir, lock)
		Untrack(dir)
	}, nil
}
