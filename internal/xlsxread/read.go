package xlsxread

import (
	"io"

	"github.com/xuri/excelize/v2"
)

// What excelize may inflate: all parts together as precheckZip allows;
// a sheet or string table larger than unzipXMLSizeLimit goes to a file
// in the private temporary folder instead of memory.
const (
	unzipSizeLimit    = maxUnzipTotal
	unzipXMLSizeLimit = 100 << 20
)

// excelizeOptions are the options excelize reads a workbook with, its
// overflow in the private folder dir.
func excelizeOptions(dir string) excelize.Options {
	return excelize.Options{UnzipSizeLimit: unzipSizeLimit, UnzipXMLSizeLimit: unzipXMLSizeLimit, TmpDir: dir}
}

// Options say how to read a workbook.
type Options struct {
	// ExcelizeOnly reads with excelize alone, never the fast reader: the
	// reference the fast reader is held to (see TestFastXLSXAgrees).
	ExcelizeOnly bool
	// AllSheets reads every data sheet unless read is done first: the fast
	// reader's pass stands when it has read them all, and a sheet whose
	// rows cannot be read is an error whatever the others held.
	AllSheets bool
}

// Read reads the data sheets of the xlsx workbook in r (size bytes, the
// file at path, which errors name) with read, one after another, the
// visible ones in workbook order and then the hidden ones, until read is
// done; it returns what read made of each sheet read.
//
// The workbook is opened, and its zip pre-checked, once. Two readers
// read it: the fast one, a byte scanner for the plain workbooks common
// writers make, and excelize, the reference, for anything else. When the
// fast reader gives up on a sheet, excelize reads the workbook again
// from its first sheet, and read is called again for each sheet: read
// keeps nothing of a sheet but what it returns. The fast reader's pass
// stands only when read is done on one of its sheets; else excelize
// reads, which says first what in the workbook is damaged. On excelize's
// pass a sheet whose rows cannot be read does not stop a later sheet
// from being read: its error is returned only if read is never done.
func Read[T any](r io.ReaderAt, size int64, path string, opts Options, read SheetFunc[T]) (results []T, err error) {
	defer func() {
		// excelize can panic on malformed parts; a damaged file is an
		// error for the user, never a crash.
		if p := recover(); p != nil {
			results, err = nil, AtFile(path, ErrReaderPanic)
		}
	}()
	if size > MaxFileSize {
		return nil, AtFile(path, ErrTooLarge)
	}
	wb, err := openWorkbook(r, size)
	if err != nil {
		return nil, AtFile(path, err)
	}
	if !opts.ExcelizeOnly {
		results, err := readFastPlaced(&wb, path, read, opts.AllSheets)
		switch {
		case err == nil:
			return results, nil
		case err != errDecline:
			return nil, AtFile(path, err)
		}
	}
	return readExcelize(wb, path, read)
}

// readFastPlaced is readFast, again on the sheets placed when they are
// out of order; *wb becomes the placed workbook then. A sheet that
// cannot be placed is damaged, which the excelize path says where: it is
// errDecline here.
func readFastPlaced[T any](wb **workbook, path string, read SheetFunc[T], all bool) ([]T, error) {
	results, err := readFast(*wb, path, read, all)
	if err != errDisordered {
		return results, err
	}
	placed, err := placedWorkbook(*wb)
	if err != nil {
		return nil, errDecline
	}
	*wb = placed
	if results, err = readFast(placed, path, read, all); err == errDisordered {
		err = errDecline
	}
	return results, err
}
