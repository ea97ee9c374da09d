package tempfiles

import (
	"os"
	"path/filepath"
	"regexp"
	"time"
)

// Roster Desk's temporary files hold personal data. There are two kinds:
//
//   - beside a file being saved or exported, "." + its name + "-" + digits
//     + ".tmp" (sheet.WriteAtomic), which becomes the file or is removed;
//   - in the system's temporary folder, "rosterdesk-" + digits
//     (PrivateDir), where excelize keeps parts of a large workbook it
//     reads, removed when it is read.
//
// A run that is killed, or a computer that stops, leaves them behind.
// Each is held (locked) while its run uses it, so that RemoveStale can
// tell a leftover from a file another run is writing right now, and
// removes only leftovers.

// ownTempFile matches the name of sheet.WriteAtomic's temporary files: of an
// upload file (Binogi_…, perhaps shortened) or of an xlsx working copy.
var ownTempFile = regexp.MustCompile(`^\.(Binogi_.*|.*\.xlsx)-[0-9]+\.tmp$`)

// ownTempFolder matches the name of PrivateDir's folders.
var ownTempFolder = regexp.MustCompile(`^rosterdesk-[0-9]+$`)

// lockName is the file in a private temporary folder that its run holds.
const lockName = ".lock"

// unlockedFolderAge is how old a private temporary folder without its
// lock file must be to count as left behind: a run makes the lock file
// right after the folder, and folders of earlier versions have none.
const unlockedFolderAge = time.Minute

// IsOwnTemp reports whether name is the name of one of our temporary
// files beside a saved file.
func IsOwnTemp(name string) bool { return ownTempFile.MatchString(name) }

// RemoveStale removes the temporary files of ours that no run holds: the
// private temporary folders, and the temporary files beside saved files
// in each of dirs (the export folder, the folders of recent files). It
// removes nothing else, and says nothing: a file it cannot remove stays
// for the next time.
func RemoveStale(dirs ...string) {
	removeStaleFolders(os.TempDir())
	for _, dir := range dirs {
		if dir != "" {
			removeStaleFiles(dir)
		}
	}
}

// removeStaleFiles removes our temporary files in dir that no run holds.
func removeStaleFiles(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.Type().IsRegular() && IsOwnTemp(e.Name()) {
			removeIfUnheld(filepath.Join(dir, e.Name()))
		}
	}
}

// removeStaleFolders removes our private temporary folders in tmp that no
// run holds.
func removeStaleFolders(tmp string) {
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() || !ownTempFolder.MatchString(e.Name()) {
			continue
		}
		dir := filepath.Join(tmp, e.Name())
		lock := filepath.Join(dir, lockName)
		if _, err := os.Lstat(lock); err != nil {
			if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > unlockedFolderAge {
				os.RemoveAll(dir)
			}
			continue
		}
		if removeIfUnheld(lock) {
			os.RemoveAll(dir)
		}
	}
}
