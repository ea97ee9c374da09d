package sheet

// rowFunc takes a sheet's row (line, as the user sees it, from 1) and
// says whether to go on.
type rowFunc func(cells []string, line int) bool

// readRows reads a sheet into imp, both xlsx readers alike: each gives
// the sheet's rows in order, every row number in turn, calling row for
// each until it returns false; the header is looked for among the first
// headerScanRows of them, and the rows after it are read into imp.
// value, if not nil, turns a data cell outside the fields into its value
// (see startRows). It returns nil and no error when the sheet has no
// header.
func readRows(imp *Import, value cellFunc, each func(row rowFunc) error) (*Import, error) {
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
	return imp, nil
}
