package schooldata

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path"
	"strings"

	"rosterdesk/internal/i18n"
)

// Read reads the school-data export at p: a folder, a zip, or one JSON
// file. It tells the standard by the files: manifest.csv is OneRoster,
// users.csv and orgs.csv SDS, JSON files SS12000. A reader that panics on
// an export gives an error, never a crash.
func Read(p string, opts Options) (res *Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, i18n.NewError(i18n.T("the export could not be read: it is damaged"), nil)
		}
	}()
	fs, err := openFiles(p)
	if err != nil {
		return nil, err
	}
	switch {
	case fs.has("manifest.csv"):
		res, err = readOneRoster(fs, opts)
	case fs.has("users.csv") && fs.has("orgs.csv"):
		res, err = readSDS(fs, opts)
	case hasJSON(fs):
		res, err = readSS12000(fs, opts)
	default:
		return nil, errNotExport
	}
	if err != nil {
		return nil, err
	}
	given := make([]string, len(fs.names))
	for i, n := range fs.names {
		given[i] = fs.given[n]
	}
	res.Notices = append([]Notice{{NoticeFormat, i18n.T("read school data (%s): %s", res.Format, strings.Join(given, ", "))}}, res.Notices...)
	return res, nil
}

func hasJSON(fs *files) bool {
	for _, n := range fs.names {
		if strings.HasSuffix(n, ".json") {
			return true
		}
	}
	return false
}

// Is reports whether the file or folder at p is to be read as a
// school-data export: a folder, a zip that is no workbook (it holds CSV or
// JSON files and no [Content_Types].xml), or a JSON file.
func Is(p string) bool {
	info, err := os.Stat(p)
	if err != nil {
		return false
	}
	if info.IsDir() {
		return true
	}
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		return zipOfEntities(f, info.Size())
	}
	return IsJSON(head)
}

// IsJSON reports whether a file's first bytes are JSON's: an object or a
// list, after a byte-order mark and white space. No roster csv starts so.
func IsJSON(head []byte) bool {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	return len(head) > 0 && (head[0] == '{' || head[0] == '[' && len(head) > 1 && bytes.ContainsAny(head[1:2], "{ \t\r\n]"))
}

// zipOfEntities reports whether a zip holds CSV or JSON files and is no
// Office document.
func zipOfEntities(r io.ReaderAt, size int64) bool {
	zr, err := zip.NewReader(r, size)
	if err != nil || len(zr.File) > maxEntries {
		return false
	}
	entities := false
	for _, f := range zr.File {
		if f.Name == "[Content_Types].xml" {
			return false
		}
		if wanted(path.Base(f.Name)) {
			entities = true
		}
	}
	return entities
}
