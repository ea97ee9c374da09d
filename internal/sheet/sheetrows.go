package sheet

import "rosterdesk/internal/xlsxread"

// readRows reads a sheet into imp, both xlsx readers alike: the header is
// looked for among the first headerScanRows rows that each gives, and the
// rows after it are read into imp.
// value, if not nil, turns a data cell outside the fields into its value
// (see startRows). It returns nil and no error when the sheet has no
// header.
func readRows(imp *Import, value xlsxread.CellFunc, each xlsxread.Rows) (*Import, error) {
	var head []headRecord
	var b *rowBuilder
	noHeader := false
	err := each(func(cells []string, line int) bool {
		if b != nil {
			b.add(cells, line)
			return true
		}
		head = append(head, headRecord{cells, line})
		if len(head) == headerScanRows {
			b = startRows(imp, head, value)
			noHeader = b == nil
			return !noHeader
		}
		return true
	})
	switch {
	case err != nil:
		return nil, err
	case noHeader:
		return nil, nil
	case b == nil && startRows(imp, head, value) == nil:
		return nil, nil
	}
	imp.finishNotices()
	return imp, nil
}
