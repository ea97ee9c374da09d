//go:build !windows

package sheet

import "os"

// replaceFile renames the finished temporary file over the target.
func replaceFile(tmpPath, path string) error { return os.Rename(tmpPath, path) }

// isSharingViolation reports whether err means another program holds the
// file open; Unix has no such lock.
func isSharingViolation(error) bool { return false }
