//go:build windows

package tempfiles

import "os"

// Hold keeps f, a temporary file this run uses, from being removed while
// it is open: Go opens files on Windows without FILE_SHARE_DELETE, so the
// open handle is the lock, and it goes when the run ends, however it ends.
func Hold(*os.File) error { return nil }

// removeIfUnheld removes path unless a run holds it open, and reports
// whether it was removed.
func removeIfUnheld(path string) bool { return os.Remove(path) == nil }
