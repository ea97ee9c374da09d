package sheet

import (
	"archive/zip"
	"cmp"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"rosterdesk/internal/i18n"
)

// What excelize may inflate: all parts together as precheckZip allows;
// a sheet or string table larger than unzipXMLSizeLimit goes to a file
// in the private temporary folder instead of memory.
const (
	unzipSizeLimit    = maxUnzipTotal
	unzipXMLSizeLimit = 100 << 20
)

// ReadXLSX reads a roster from the first sheet of an xlsx workbook, in
// workbook order with hidden sheets last, that has a header row naming at
// least three fields within its first rows.
func ReadXLSX(r io.ReaderAt, size int64, path string) (*Import, error) {
	return readXLSX(r, size, path, true)
}

// readXLSX is ReadXLSX; fast says whether to try readXLSXFast first.
func readXLSX(r io.ReaderAt, size int64, path string, fast bool) (*Import, error) {
	return readXLSXMapped(r, size, path, fast, nil)
}

// readXLSXMapped is readXLSX with the user's mappings.
func readXLSXMapped(r io.ReaderAt, size int64, path string, fast bool, maps []ColumnMap) (imp *Import, err error) {
	defer func() {
		// excelize can panic on malformed parts; a damaged file is an
		// error for the user, never a crash.
		if p := recover(); p != nil {
			imp, err = nil, fileError(path, errReaderPanic)
		}
	}()
	if size > maxFileSize {
		return nil, fileError(path, errTooLarge)
	}
	wb, err := openWorkbook(r, size)
	if err != nil {
		return nil, fileError(path, err)
	}
	if fast {
		imp, err := readXLSXFastMapped(wb, path, maps)
		if err == errDisordered {
			// Read again with the sheets placed by reference; a sheet that
			// cannot be placed is damaged, which the excelize path says
			// where.
			err = errDecline
			if placed, perr := placedWorkbook(wb); perr == nil {
				wb = placed
				if imp, err = readXLSXFastMapped(wb, path, maps); err == errDisordered {
					err = errDecline
				}
			}
		}
		switch {
		case err == nil:
			return imp, nil
		case err != errDecline:
			return nil, fileError(path, err)
		}
	}
	// excelize's row iterator stops quietly at broken XML: every part is
	// checked first, so that damage is an error, not a shorter list.
	disordered, err := checkWorkbookXML(wb.zr, path)
	if err == nil && disordered {
		// The iterator also places rows and cells by their order, not
		// their references: it reads the sheets placed.
		if wb, err = placedWorkbook(wb); err == nil {
			if disordered, err = checkWorkbookXML(wb.zr, path); err == nil && disordered {
				err = errUnplaceable
			}
		}
	}
	if err != nil {
		return nil, fileError(path, err)
	}
	opts, removeTemp, err := privateTemp(excelize.Options{
		UnzipSizeLimit: unzipSizeLimit, UnzipXMLSizeLimit: unzipXMLSizeLimit})
	if err != nil {
		return nil, fileError(path, i18n.NewError(i18n.T("no temporary folder could be made to read the workbook in"), err))
	}
	defer removeTemp()
	f, err := excelize.OpenReader(io.NewSectionReader(wb.r, 0, wb.size), opts)
	if err != nil {
		if errors.Is(err, excelize.ErrWorkbookFileFormat) {
			return nil, fileError(path, ErrNotSpreadsheet)
		}
		return nil, fileError(path, damaged(err))
	}
	defer f.Close()
	var firstErr error
	var searched []string
	for _, name := range sheetOrder(f, wb.zr) {
		imp, err := readSheet(f, name, path, maps)
		switch {
		case err != nil:
			firstErr = cmp.Or(firstErr, err)
		case imp != nil:
			return imp, nil
		default:
			searched = append(searched, strconv.Quote(name))
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, fileError(path, noHeader(sheetsSearched(searched)))
}

// sheetOrder lists the sheets to look through for a roster: the visible
// ones in workbook order, then the hidden ones, which the user does not
// see and so is less likely to mean. Chartsheets and dialog sheets are
// not among them, whatever they hold.
func sheetOrder(f *excelize.File, zr *zip.Reader) []string {
	notData := map[string]bool{}
	if sheets, err := zipBookSheets(zr); err == nil {
		for _, s := range sheets {
			notData[s.name] = !s.data
		}
	}
	var visible, hidden []string
	for _, name := range f.GetSheetList() {
		if notData[name] {
			continue
		}
		if v, err := f.GetSheetVisible(name); err == nil && !v {
			hidden = append(hidden, name)
		} else {
			visible = append(visible, name)
		}
	}
	return append(visible, hidden...)
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
