package xlsxread

import (
	"archive/zip"
	"cmp"
	"errors"
	"io"

	"github.com/xuri/excelize/v2"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/tempfiles"
)

// readExcelize is Read's excelize pass: every part checked first, the
// sheets placed when out of order, then each sheet in sheetOrder read
// through excelize's row iterator.
func readExcelize[T any](wb *workbook, path string, read SheetFunc[T]) ([]T, error) {
	// excelize's row iterator stops quietly at broken XML: every part is
	// checked first, so that damage is an error, not a shorter list.
	checked, err := checkWorkbookXML(wb.zr, path)
	if err == nil && checked.disordered {
		// The iterator also places rows and cells by their order, not
		// their references: it reads the sheets placed.
		if wb, err = placedWorkbook(wb); err == nil {
			if checked, err = checkWorkbookXML(wb.zr, path); err == nil && checked.disordered {
				err = errUnplaceable
			}
		}
	}
	if err != nil {
		return nil, AtFile(path, err)
	}
	dir, removeTemp, err := tempfiles.PrivateDir()
	if err != nil {
		return nil, AtFile(path, i18n.NewError(i18n.T("no temporary folder could be made to read the workbook in"), err))
	}
	defer removeTemp()
	f, err := excelize.OpenReader(io.NewSectionReader(wb.r, 0, wb.size), excelizeOptions(dir))
	if err != nil {
		if errors.Is(err, excelize.ErrWorkbookFileFormat) {
			return nil, AtFile(path, ErrNotSpreadsheet)
		}
		return nil, AtFile(path, Damaged(err))
	}
	defer f.Close()
	parts := sheetParts(wb.zr)
	var firstErr error
	var results []T
	for _, name := range sheetOrder(f, wb.zr) {
		filtered := func() bool { return zipFiltered(wb.zr, parts[name]) }
		v, done, err := readExcelizeSheet(f, name, path, checked, parts[name], zipHiddenRows(wb.zr, name), zipMerges(wb.zr, name),
			func() SheetMarks { return zipSheetMarks(wb.zr, parts[name]) }, func(s Sheet) (T, bool, error) {
				s.Filtered = filtered
				return read(s)
			})
		switch {
		case err != nil:
			firstErr = cmp.Or(firstErr, err)
		case done:
			return append(results, v), nil
		default:
			results = append(results, v)
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return results, nil
}

// readExcelizeSheet reads one sheet, stored in part, with read, through
// excelize; checked says which of its cells have a formula but no
// calculated value, and which show other text than their value; hidden
// are the rows the sheet hides, merges its merged ranges.
func readExcelizeSheet[T any](f *excelize.File, name, path string, checked partsChecked, part string, hidden hiddenLines, merges []Merge,
	marks func() SheetMarks, read SheetFunc[T]) (v T, done bool, err error) {
	rows, err := f.Rows(name)
	if err != nil {
		return v, false, AtFile(path, Damaged(err))
	}
	defer rows.Close()
	visible, err := f.GetSheetVisible(name)
	return read(Sheet{Name: name, SheetHidden: err == nil && !visible, Rows: excelizeRows(f, rows, name, path, checked.shown[part]),
		Value: newDateCells(f, name).value, Uncached: checked.uncached[part].columns, Hidden: hidden.has, Merges: merges,
		Marks: marks})
}

// sheetParts maps each sheet's name to its part.
func sheetParts(zr *zip.Reader) map[string]string {
	parts := map[string]string{}
	if sheets, err := zipBookSheets(zr); err == nil {
		for _, s := range sheets {
			parts[s.name] = s.part
		}
	}
	return parts
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
