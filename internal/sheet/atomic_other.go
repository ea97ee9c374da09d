//go:build !windows

package sheet

import (
	"os"
	"path/filepath"
)

// replaceFile renames the finished temporary file over the target, then
// flushes the folder so that the rename itself survives a power cut.
func replaceFile(tmpPath, path string) error {
	if err := os.Rename(tmpPath, path); err != nil {
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
