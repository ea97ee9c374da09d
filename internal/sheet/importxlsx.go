package sheet

import (
	"bytes"
	"io"
	"strconv"
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/xlsxread"
)

// ReadXLSX reads a roster from the first sheet of an xlsx workbook, in
// workbook order with hidden sheets last, that has a header row naming at
// least three fields within its first rows.
func ReadXLSX(r io.ReaderAt, size int64, path string) (*Import, error) {
	return readXLSX(r, size, path, true)
}

// readXLSX is ReadXLSX; fast says whether to try xlsxread's fast reader
// first.
func readXLSX(r io.ReaderAt, size int64, path string, fast bool) (*Import, error) {
	return readXLSXMapped(r, size, path, fast, nil)
}

// sheetRead is what reading one sheet gave: the import, or nil when the
// sheet has no header.
type sheetRead struct {
	name string
	imp  *Import
}

// readXLSXMapped is readXLSX with the user's mappings: the first sheet
// with a header is the roster.
func readXLSXMapped(r io.ReaderAt, size int64, path string, fast bool, maps []ColumnMap) (*Import, error) {
	reads, err := xlsxread.Read(r, size, path, xlsxread.Options{ExcelizeOnly: !fast},
		func(s xlsxread.Sheet) (sheetRead, bool, error) {
			imp, err := readRows(&Import{Path: path, Format: "xlsx", Sheet: s.Name, maps: maps}, s)
			if imp != nil && s.Hidden != nil {
				for _, row := range imp.Roster.Rows {
					row.Hidden = s.Hidden(row.SourceLine)
				}
			}
			return sheetRead{s.Name, imp}, imp != nil, err
		})
	if err != nil {
		return nil, err
	}
	var searched []string
	for _, s := range reads {
		if s.imp != nil {
			return s.imp, nil
		}
		searched = append(searched, strconv.Quote(s.name))
	}
	return nil, fileError(path, noHeader(sheetsSearched(searched)))
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
func readEncrypted(data []byte, password, path string, maps []ColumnMap) (*Import, error) {
	plain, err := xlsxread.Decrypt(data, password)
	if err != nil {
		return nil, fileError(path, err)
	}
	return readXLSXMapped(bytes.NewReader(plain), int64(len(plain)), path, true, maps)
}
