package xlsxread

import (
	"archive/zip"
	"bytes"
	"io"
)

// placedWorkbook is wb with every worksheet rewritten by
// placeByReference, as a new zip in memory; the other parts are copied
// as they are packed. It is made only for a workbook whose rows or cells
// are out of order, which no common writer makes. What precheckZip
// bounded stays bounded: the parts as they were, the sheets by the guard
// while they are placed.
func placedWorkbook(wb *workbook) (*workbook, error) {
	sheets := dataSheetParts(wb.zr)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range wb.zr.File {
		if !sheets[f.Name] {
			if err := copyRaw(zw, f); err != nil {
				return nil, err
			}
			continue
		}
		data, err := readPart(f)
		if err != nil {
			return nil, err
		}
		if data, err = placeByReference(data); err != nil {
			return nil, err
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		if err != nil {
			return nil, Damaged(err)
		}
		if _, err := w.Write(data); err != nil {
			return nil, Damaged(err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, Damaged(err)
	}
	r, size := bytes.NewReader(buf.Bytes()), int64(buf.Len())
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, Damaged(err)
	}
	return &workbook{r, size, zr}, nil
}

// copyRaw copies a part into zw as it is packed.
func copyRaw(zw *zip.Writer, f *zip.File) error {
	rc, err := f.OpenRaw()
	if err != nil {
		return Damaged(err)
	}
	w, err := zw.CreateRaw(&f.FileHeader)
	if err != nil {
		return Damaged(err)
	}
	if _, err := io.Copy(w, rc); err != nil {
		return Damaged(err)
	}
	return nil
}

// readPart unpacks a part, whose size precheckZip has bounded.
func readPart(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, Damaged(err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxPartSize+1))
	if err != nil {
		return nil, Damaged(err)
	}
	return data, nil
}
