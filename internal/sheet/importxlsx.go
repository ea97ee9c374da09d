package sheet

import (
	"bytes"
	"io"
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/xlsxread"
)

// ReadXLSX reads a roster from the first sheet of an xlsx workbook, in
// workbook order with hidden sheets last, that has a header row naming at
// least three fields within its first rows.
func ReadXLSX(r io.ReaderAt, size int64, path string) (*Import, error) {
	return sealed(readXLSX(r, size, path, true))
}

// readXLSX is ReadXLSX; fast says whether to try xlsxread's fast reader
// first.
func readXLSX(r io.ReaderAt, size int64, path string, fast bool) (*Import, error) {
	return readXLSXMapped(r, size, path, fast, nil)
}

// readXLSXMapped is readXLSX with the user's mappings.
func readXLSXMapped(r io.ReaderAt, size int64, path string, fast bool, maps []ColumnMap) (*Import, error) {
	return readWorkbook(r, size, path, fast, ReadOptions{Map: maps})
}

// sheetsSearched says which sheets were looked through for a header.
func sheetsSearched(names []string) i18n.Text {
	switch len(names) {
	case 0:
		return i18n.T("the workbook: it has no sheets")
	case 1:
		return i18n.T("the first %d rows of sheet %s", headerScanRows, names[0])
	}
	return i18n.T("the first %d rows of sheets %s and %s", headerScanRows,
		strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
}

// readEncrypted opens an encrypted workbook, the whole file in data, with
// password, and reads it as any workbook.
func readEncrypted(data []byte, path string, opts ReadOptions) (*Import, error) {
	plain, err := xlsxread.Decrypt(data, opts.Password)
	if err != nil {
		return nil, fileError(path, err)
	}
	return readWorkbook(bytes.NewReader(plain), int64(len(plain)), path, true, opts)
}
