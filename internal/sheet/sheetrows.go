package sheet

import "rosterdesk/internal/xlsxread"

// readRows reads a sheet into imp, both xlsx readers alike: the header is
// looked for among the first headerScanRows rows that each gives, and the
// rows after it are read into imp.
// s.Value and s.Uncached, if not nil, are as startRows takes them. It
// returns nil and no error when the sheet has no header.
func readRows(imp *Import, s xlsxread.Sheet) (*Import, error) {
	imp, _, err := readSheetRows(imp, s)
	return imp, err
}

// readSheetRows is readRows that also sums up the first rows of a sheet
// without a header, which may be a title page or a list whose header is
// not recognised (see sheetShape).
func readSheetRows(imp *Import, s xlsxread.Sheet) (*Import, sheetShape, error) {
	var head []headRecord
	var b *rowBuilder
	noHeader := false
	mention := 0 // the first row after head that mentions protection
	err := s.Rows(func(cells []string, line int) bool {
		if b != nil {
			b.add(cells, line)
			return true
		}
		if noHeader {
			// A sheet that is no list is read on for a note of
			// protected pupils ("Elever med skyddad identitet: rad 12").
			if mentionsProtection(cells) {
				mention = line
			}
			return mention == 0 && line < mentionScanRows
		}
		head = append(head, headRecord{cells, line})
		if len(head) == headerScanRows {
			b = startRows(imp, head, s.Value, s.Uncached, s.Merges)
			noHeader = b == nil
			return !noHeader || shapeOf(head).mention == 0
		}
		return true
	})
	switch {
	case err != nil:
		return nil, sheetShape{}, err
	case noHeader:
		shape := shapeOf(head)
		if shape.mention == 0 {
			shape.mention = mention
		}
		return nil, shape, nil
	case b == nil:
		if b = startRows(imp, head, s.Value, s.Uncached, s.Merges); b == nil {
			return nil, shapeOf(head), nil
		}
	}
	b.finishUncached()
	imp.finishNotices()
	return imp, sheetShape{}, nil
}
