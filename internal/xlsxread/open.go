package xlsxread

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
)

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// IsZip says whether a file's first bytes are a zip's, as an xlsx
// workbook's are.
func IsZip(head []byte) bool { return bytes.HasPrefix(head, zipMagic) }

// IsOLE says whether a file's first bytes are an OLE2 container's, as an
// old binary workbook's or an encrypted xlsx workbook's are.
func IsOLE(head []byte) bool { return bytes.HasPrefix(head, oleMagic) }

// OLEError is why an OLE2 file, data, cannot be read: an encrypted xlsx
// is an OLE2 container with an EncryptionInfo stream, named in UTF-16LE
// in the directory, which can be anywhere in the file (the whole file is
// best); anything else in OLE2 is taken for an old binary workbook.
func OLEError(data []byte) error {
	if bytes.Contains(data, utf16le("EncryptionInfo")) {
		return ErrEncrypted
	}
	return ErrOldXLS
}

// utf16le encodes an ASCII string as UTF-16LE.
func utf16le(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, s[i], 0)
	}
	return out
}

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
	head := make([]byte, min(size, int64(len(oleMagic))))
	n, _ := r.ReadAt(head, 0)
	switch head = head[:n]; {
	case n == 0:
		return nil, ErrEmpty
	case IsOLE(head):
		all := make([]byte, size)
		n, _ := r.ReadAt(all, 0)
		return nil, OLEError(all[:n])
	case !IsZip(head):
		return nil, ErrNotSpreadsheet
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, Damaged(err)
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
