package schooldata

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"rosterdesk/internal/i18n"
)

// The limits on what an export may hold: far above a municipality's
// export, far below what would exhaust memory.
const (
	// maxFileSize bounds one entity file, as sheet bounds a roster.
	maxFileSize = 256 << 20
	// maxTotalSize bounds all the files read from one export.
	maxTotalSize = 512 << 20
	// maxEntries bounds the files of a folder or zip looked at.
	maxEntries = 1000
	// maxRatio bounds how much a zip entry may grow when inflated:
	// text compresses about 10:1, a zip bomb by a thousand.
	maxRatio = 200
)

// files are the entity files of one export, by their base name in lower
// case, as read from a folder, a zip or one JSON file.
type files struct {
	// names are the base names, sorted.
	names []string
	// given are the names as the export spells them, by base name.
	given map[string]string
	data  map[string][]byte
	// total counts the bytes read.
	total int64
}

func (fs *files) has(name string) bool { _, ok := fs.data[name]; return ok }

// add keeps the contents of base name; two files of one name in a zip's
// folders make the export ambiguous.
func (fs *files) add(name string, data []byte) error {
	key := strings.ToLower(name)
	if _, dup := fs.data[key]; dup {
		return i18n.NewError(i18n.T("the export holds two files named %s", name), nil)
	}
	fs.data[key] = data
	fs.names = append(fs.names, key)
	fs.given[key] = name
	return nil
}

// wanted reports whether a file of base name may be an entity file: csv
// or json, not hidden.
func wanted(name string) bool {
	lower := strings.ToLower(name)
	return !strings.HasPrefix(name, ".") && (strings.HasSuffix(lower, ".csv") || strings.HasSuffix(lower, ".json"))
}

var (
	errTooLarge    error = &i18n.Error{Message: i18n.T("the export is too large for a roster")}
	errTooMany     error = &i18n.Error{Message: i18n.T("the export holds too many files")}
	errZipBomb     error = &i18n.Error{Message: i18n.T("the zip file inflates far beyond its size: it is damaged or made to harm")}
	zipDamagedText       = i18n.T("the zip file is damaged")
)

// openFiles reads the entity files of the export at p: a folder (and its
// sub-folders one level down, as a zip unpacked), a zip, or one file.
func openFiles(p string) (*files, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	out := &files{data: map[string][]byte{}, given: map[string]string{}}
	switch {
	case info.IsDir():
		err = out.readFolder(p)
	case isZip(p):
		err = out.readZip(p, info.Size())
	default:
		err = out.readFile(p, filepath.Base(p))
	}
	if err != nil {
		return nil, err
	}
	sort.Strings(out.names)
	return out, nil
}

// isZip reports whether the file at p starts as a zip does.
func isZip(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 4)
	n, _ := io.ReadFull(f, head)
	return bytes.Equal(head[:n], []byte("PK\x03\x04"))
}

func (fs *files) readFolder(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	if len(entries) > maxEntries {
		return errTooMany
	}
	for _, e := range entries {
		switch {
		case e.IsDir() && !strings.HasPrefix(e.Name(), "."):
			sub, err := os.ReadDir(filepath.Join(dir, e.Name()))
			if err != nil {
				return err
			}
			if len(sub) > maxEntries {
				return errTooMany
			}
			for _, s := range sub {
				if s.Type().IsRegular() && wanted(s.Name()) {
					if err := fs.readFile(filepath.Join(dir, e.Name(), s.Name()), s.Name()); err != nil {
						return err
					}
				}
			}
		case e.Type().IsRegular() && wanted(e.Name()):
			if err := fs.readFile(filepath.Join(dir, e.Name()), e.Name()); err != nil {
				return err
			}
		}
	}
	return nil
}

func (fs *files) readFile(p, name string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > maxFileSize {
		return errTooLarge
	}
	return fs.readFrom(f, name)
}

// readFrom reads one file of base name, within the limits.
func (fs *files) readFrom(r io.Reader, name string) error {
	data, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return err
	}
	if len(data) > maxFileSize {
		return errTooLarge
	}
	if fs.total += int64(len(data)); fs.total > maxTotalSize {
		return errTooLarge
	}
	return fs.add(name, data)
}

// readZip reads the entity files of a zip, after a look at its directory:
// too many entries, or entries that claim to inflate too far, refuse it
// before anything is inflated; an entry that inflates beyond its claim is
// cut off by the limit all the same.
func (fs *files) readZip(p string, size int64) error {
	zr, err := zip.OpenReader(p)
	if err != nil {
		return i18n.NewError(zipDamagedText, err)
	}
	defer zr.Close()
	if len(zr.File) > maxEntries {
		return errTooMany
	}
	var claimed uint64
	for _, f := range zr.File {
		if !wanted(path.Base(f.Name)) || f.FileInfo().IsDir() {
			continue
		}
		claimed += f.UncompressedSize64
		if f.UncompressedSize64 > maxFileSize || claimed > maxTotalSize ||
			f.CompressedSize64 > 0 && f.UncompressedSize64/f.CompressedSize64 > maxRatio {
			return errZipBomb
		}
	}
	for _, f := range zr.File {
		name := path.Base(f.Name)
		if !wanted(name) || f.FileInfo().IsDir() || strings.HasPrefix(f.Name, "__MACOSX/") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return i18n.NewError(zipDamagedText, err)
		}
		err = fs.readFrom(io.LimitReader(rc, int64(f.UncompressedSize64)+1), name)
		rc.Close()
		if errors.Is(err, zip.ErrChecksum) || errors.Is(err, zip.ErrFormat) || errors.Is(err, io.ErrUnexpectedEOF) {
			return i18n.NewError(zipDamagedText, err)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// errNotExport says a folder or zip holds no school-data export.
var errNotExport error = &i18n.Error{Message: i18n.T("no school data export here: a folder or zip of SDS (orgs.csv, users.csv, roles.csv …) or OneRoster (manifest.csv …) CSV files, or SS12000 JSON files")}
