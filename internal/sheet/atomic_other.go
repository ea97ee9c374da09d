//go:build !windows

package sheet

import (
	"os"
	"path/filepath"
)

// replaceFile renames the finished temporary file over the target while
// it is still open and held (so that no other run takes it for a
// leftover), closes it, then flushes the folder so that the rename itself
// survives a power cut.
func replaceFile(tmp *os.File, path string) error {
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	syncDir(filepath.Dir(path))
	return nil
}

// syncDir flushes a folder's entries to disk. Some file systems cannot;
// the file is already in place then, so that is not an error.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	defer d.Close()
	_ = d.Sync()
}

// isSharingViolation reports whether err means another program holds the
// file open; Unix has no such lock.
func isSharingViolation(error) bool { return false }
