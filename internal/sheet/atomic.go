package sheet

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"unicode/utf8"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/tempfiles"
)

// WriteAtomic writes the file at path so that it is either the whole new
// file or, after any failure, the old file untouched: it writes a temporary
// file in the same folder (mode 0600), held by this run (see tempfiles)
// and removed if the run is interrupted, flushes it to disk, lets verify
// read it back, and only then renames it over path. It first removes the
// temporary files that interrupted runs left in that folder.
func WriteAtomic(path string, write func(w io.Writer) error, verify func(tmpPath string) error) (err error) {
	dir := filepath.Dir(path)
	tempfiles.RemoveStale(dir)
	var tmp *os.File
	err = tempfiles.Track(func() (string, io.Closer, error) {
		f, err := os.CreateTemp(dir, "."+tempBase(filepath.Base(path))+"-*.tmp")
		if err != nil {
			return "", nil, err
		}
		tmp = f
		return f.Name(), f, nil
	})
	if err != nil {
		return writeError(path, err)
	}
	tmpPath := tmp.Name()
	defer tempfiles.Untrack(tmpPath)
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmpPath)
		}
	}()
	_ = tempfiles.Hold(tmp) // without locks (some network folders) RemoveStale cannot lock it either, and leaves it
	if err := write(tmp); err != nil {
		return writeError(path, err)
	}
	if err := tmp.Sync(); err != nil {
		return writeError(path, err)
	}
	if verify != nil {
		if err := verify(tmpPath); errors.Is(err, ErrChangedOnDisk) {
			return fileError(path, err)
		} else if err != nil {
			return fileError(path, i18n.NewError(i18n.T("the file written could not be read back as it was meant; the old file is unchanged"), err))
		}
	}
	if err := replaceFile(tmp, path); err != nil {
		if isSharingViolation(err) {
			return fileError(path, i18n.NewError(i18n.T("the file is open in another program, perhaps Excel: close it and try again"), err))
		}
		return writeError(path, err)
	}
	return nil
}

// writeError says in plain words why a file could not be written, naming
// the file and its folder but not the whole path (which can hold the
// user's name); the system's error stays in the chain.
func writeError(path string, err error) error {
	dir := filepath.Base(filepath.Dir(path))
	var text i18n.Text
	switch {
	case errors.Is(err, syscall.ENOSPC):
		text = i18n.T("the disk is full; nothing was changed")
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS):
		text = i18n.T("you may not write in the folder %s; nothing was changed", dir)
	case errors.Is(err, fs.ErrNotExist):
		text = i18n.T("the folder %s does not exist", dir)
	default:
		if _, ok := i18n.TextOf(err); ok {
			return fileError(path, err)
		}
		text = i18n.T("the file could not be written; nothing was changed")
	}
	return fileError(path, i18n.NewError(text, err))
}

// tempBase shortens a file name for its temporary file, on a rune
// boundary, so that a target name near the 255-byte limit can still get
// one.
func tempBase(name string) string {
	const max = 64
	if len(name) <= max {
		return name
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(name[cut]) {
		cut--
	}
	return name[:cut]
}
