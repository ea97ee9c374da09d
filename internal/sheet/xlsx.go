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
func readXLSX(r io.ReaderAt, size int64, path string, fast bool) (imp *Import, err error) {
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
	if err := checkWorkbookZip(r, size); err != nil {
		return nil, fileError(path, err)
	}
	if fast {
		imp, err := readXLSXFast(r, size, path)
		if err == errDisordered {
			// Read again with the sheets placed by reference; a sheet that
			// cannot be placed is damaged, which the excelize path says
			// where.
			err = errDecline
			if pr, psize, perr := placedWorkbook(r, size); perr == nil {
				r, size = pr, psize
				if imp, err = readXLSXFast(r, size, path); err == errDisordered {
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
	zr, disordered, err := checkedZip(r, size, path)
	if err == nil && disordered {
		// The iterator also places rows and cells by their order, not
		// their references: it reads the sheets placed.
		if r, size, err = placedWorkbook(r, size); err != nil {
			return nil, fileError(path, err)
		}
		if zr, disordered, err = checkedZip(r, size, path); err == nil && disordered {
			err = fileError(path, errUnplaceable)
		}
	}
	if err != nil {
		return nil, err
	}
	opts, removeTemp, err := privateTemp(excelize.Options{
		UnzipSizeLimit: unzipSizeLimit, UnzipXMLSizeLimit: unzipXMLSizeLimit})
	if err != nil {
		return nil, fileError(path, &textError{text: i18n.T("no temporary folder could be made to read the workbook in"), detail: err})
	}
	defer removeTemp()
	f, err := excelize.OpenReader(io.NewSectionReader(r, 0, size), opts)
	if err != nil {
		if errors.Is(err, excelize.ErrWorkbookFileFormat) {
			return nil, fileError(path, ErrNotSpreadsheet)
		}
		return nil, fileError(path, damaged(err))
	}
	defer f.Close()
	var firstErr error
	var searched []string
	for _, name := range sheetOrder(f, zr) {
		imp, err := readSheet(f, name, path)
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
	return nil, fileError(path, &noHeader{sheetsSearched(searched)})
}

// checkedZip opens the workbook's zip and checks its parts
// (checkWorkbookXML).
func checkedZip(r io.ReaderAt, size int64, path string) (zr *zip.Reader, disordered bool, err error) {
	if zr, err = zip.NewReader(r, size); err != nil {
		return nil, false, fileError(path, damaged(err))
	}
	if disordered, err = checkWorkbookXML(zr, path); err != nil {
		return nil, false, fileError(path, err)
	}
	return zr, disordered, nil
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

// checkWorkbookZip tells a workbook from other zip files (OpenDocument,
// anything else), from an OLE2 file (old or encrypted workbook) and from
// a broken zip.
func checkWorkbookZip(r io.ReaderAt, size int64) error {
	head := make([]byte, min(size, sniffSize))
	n, _ := r.ReadAt(head, 0)
	if kind := sniff(head[:n]); kind != kindZip {
		if kind == kindOLE {
			all := make([]byte, size)
			n, _ := r.ReadAt(all, 0)
			return kind.err(all[:n])
		}
		if kind == kindEmpty {
			return ErrEmpty
		}
		return ErrNotSpreadsheet
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return damaged(err)
	}
	if err := precheckZip(zr, size); err != nil {
		return err
	}
	var hasWorkbook, isODS, isXLSB bool
	for _, entry := range zr.File {
		switch entry.Name {
		case "xl/workbook.xml":
			hasWorkbook = true
		case "xl/workbook.bin":
			isXLSB = true
		case "mimetype":
			isODS = readSmall(entry) == "application/vnd.oasis.opendocument.spreadsheet"
		}
	}
	switch {
	case hasWorkbook:
		return nil
	case isODS:
		return ErrODS
	case isXLSB:
		return ErrXLSB
	}
	return ErrNotSpreadsheet
}

// readSmall reads the first bytes of a zip entry as text.
func readSmall(entry *zip.File) string {
	rc, err := entry.Open()
	if err != nil {
		return ""
	}
	defer rc.Close()
	b, _ := io.ReadAll(io.LimitReader(rc, 200))
	return strings.TrimSpace(string(b))
}
