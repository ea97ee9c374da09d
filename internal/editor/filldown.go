package editor

// FillDown copies the top cell of each selected column into the selected
// cells below it, as Ctrl+D does in a spreadsheet; with one row selected,
// the row above is copied into it. It is one edit, and returns how many
// cells changed.
func (d *Document) FillDown(sel Selection) int {
	from, first := sel.Row0, sel.Row0+1
	if sel.Row1 <= sel.Row0 {
		from, first = sel.Row0-1, sel.Row0
	}
	source := d.Row(from)
	if source == nil || from < 0 {
		return 0
	}
	var changes []change
	for r := first; r <= max(sel.Row1, sel.Row0); r++ {
		target := d.Row(r)
		if target == nil {
			break
		}
		for c := max(sel.Col0, 0); c <= sel.Col1 && int(c) < d.NumColumns(); c++ {
			value, gone := normalise(c, CellValue(source, c))
			changes = d.setting(changes, target, c, value, gone)
		}
	}
	d.do("Fill down", changes)
	return len(changes)
}
