package sheet

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"unicode/utf8"
)

// WriteAtomic writes the file at path so that it is either the whole new
// file or, after any failure, the old file untouched: it writes a temporary
// file in the same folder (mode 0600), flushes it to disk, lets verify read
// it back, and only then renames it over path.
func WriteAtomic(path string, write func(w io.Writer) error, verify func(tmpPath string) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+tempBase(filepath.Base(path))+"-*.tmp")
	if err != nil {
		return writeError(path, err)
	}
	tmpPath := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmpPath)
		}
	}()
	if err := write(tmp); err != nil {
		return writeError(path, err)
	}
	if err := tmp.Sync(); err != nil {
		return writeError(path, err)
	}
	if err := tmp.Close(); err != nil {
		return writeError(path, err)
	}
	if verify != nil {
		if err := verify(tmpPath); errors.Is(err, ErrChangedOnDisk) {
			return fmt.Errorf("%s: %w", filepath.Base(path), err)
		} else if err != nil {
			return fmt.Errorf("%s: the file written could not be read back as it was meant (%v); the old file is unchanged", filepath.Base(path), err)
		}
	}
	if err := replaceFile(tmpPath, path); err != nil {
		if isSharingViolation(err) {
			return fmt.Errorf("%s: the file is open in another program (Excel?); close it and try again: %w", filepath.Base(path), err)
		}
		return writeError(path, err)
	}
	return nil
}

// writeError says in plain words why a file could not be written.
func writeError(path string, err error) error {
	name := filepath.Base(path)
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("%s: the disk is full; nothing was changed: %w", name, err)
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS):
		return fmt.Errorf("%s: you may not write in the folder %s; nothing was changed: %w", name, filepath.Dir(path), err)
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: the folder %s does not exist: %w", name, filepath.Dir(path), err)
	}
	return fmt.Errorf("%s: could not be written: %w", name, err)
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
