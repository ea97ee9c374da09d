package xlsxread

import (
	"archive/zip"
	"fmt"
	"os"

	"github.com/xuri/excelize/v2"

	"rosterdesk/internal/tempfiles"
)

// ErrDeclined is ScanWrittenSheet declining a workbook it cannot read
// exactly as excelize does: ReadWrittenSheet reads it then.
var ErrDeclined = errDecline

// ScanWrittenSheet reads back the one sheet of a workbook just written,
// without shared strings, with the fast scanner, which reads every
// workbook exactly as excelize does or declines it (TestFastXLSXAgrees):
// it calls row for each row, until row returns false. Its errors are
// for the writer, not the user.
func ScanWrittenSheet(path string, row RowFunc) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	zr, err := zip.NewReader(f, fi.Size())
	if err != nil {
		return errDecline
	}
	parts, streams, err := readParts(zr)
	if err != nil {
		return err
	}
	defer waitStreams(streams) // before the file is closed
	sheets, err := workbookSheets(parts)
	if err != nil {
		return err
	}
	if len(sheets) != 1 {
		return fmt.Errorf("%d sheets", len(sheets))
	}
	if _, shared := parts["xl/sharedStrings.xml"]; shared {
		return errDecline
	}
	src, ok := streams[sheets[0].part]
	if data, whole := parts[sheets[0].part]; whole {
		src, ok = wholePart(data), true
	}
	if !ok {
		return errDecline
	}
	noNumbers := func(int, int) (bool, error) { return false, nil }
	return scanSheet(src, nil, noNumbers, row)
}

// ReadWrittenSheet is ScanWrittenSheet with excelize: the rows of the
// workbook's one sheet, raw values.
func ReadWrittenSheet(path string) ([][]string, error) {
	private, removeTemp, err := tempfiles.PrivateDir()
	if err != nil {
		return nil, err
	}
	defer removeTemp()
	f, err := excelize.OpenFile(path, excelize.Options{TmpDir: private})
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) != 1 {
		return nil, fmt.Errorf("%d sheets", len(sheets))
	}
	return f.GetRows(sheets[0], excelize.Options{RawCellValue: true})
}
