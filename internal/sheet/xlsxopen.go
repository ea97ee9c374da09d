package sheet

import (
	"archive/zip"
	"io"
	"strings"
)

// workbook is an xlsx file opened for one import: its zip directory is
// read, and the zip pre-checked, once, for both readers.
type workbook struct {
	r    io.ReaderAt
	size int64
	zr   *zip.Reader
}

// openWorkbook opens a workbook and pre-checks its zip (precheckZip),
// telling it from other zip files (OpenDocument, anything else), from an
// OLE2 file (old or encrypted workbook) and from a broken zip.
func openWorkbook(r io.ReaderAt, size int64) (*workbook, error) {
	head := make([]byte, min(size, sniffSize))
	n, _ := r.ReadAt(head, 0)
	if kind := sniff(head[:n]); kind != kindZip {
		if kind == kindOLE {
			all := make([]byte, size)
			n, _ := r.ReadAt(all, 0)
			return nil, kind.err(all[:n])
		}
		if kind == kindEmpty {
			return nil, ErrEmpty
		}
		return nil, ErrNotSpreadsheet
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, damaged(err)
	}
	if err := precheckZip(zr, size); err != nil {
		return nil, err
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
		return &workbook{r, size, zr}, nil
	case isODS:
		return nil, ErrODS
	case isXLSB:
		return nil, ErrXLSB
	}
	return nil, ErrNotSpreadsheet
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
