package sheet

import (
	"slices"

	"rosterdesk/internal/xlsxread"
)

// mergeFill gives every cell of a merged range that spans several rows
// the value of its top-left cell, which is what Excel shows over all of
// it: a protection mark merged over two siblings' rows marks both (tester
// T8), and a class merged down a class list is every pupil's class. Only
// data rows are filled, from a top-left cell on a data row: a header
// merged over two rows does not make the second one a row of headers.
// Rows come in order, so it keeps only the ranges the current row is in.
type mergeFill struct {
	merges []xlsxread.Merge // by Top
	next   int
	active []activeMerge
}

type activeMerge struct {
	xlsxread.Merge
	value string
}

func newMergeFill(merges []xlsxread.Merge) *mergeFill {
	if len(merges) == 0 {
		return nil
	}
	sorted := slices.Clone(merges)
	slices.SortFunc(sorted, func(a, b xlsxread.Merge) int { return a.Top - b.Top })
	return &mergeFill{merges: sorted}
}

// fill returns cells of data row line with the merged ranges filled in;
// it may return a new slice, and changes only cells that are empty.
func (f *mergeFill) fill(cells []string, line int) []string {
	if f == nil {
		return cells
	}
	f.active = slices.DeleteFunc(f.active, func(a activeMerge) bool { return a.Bottom < line })
	for ; f.next < len(f.merges) && f.merges[f.next].Top <= line; f.next++ {
		m := f.merges[f.next]
		if m.Top == line && m.Left < len(cells) && cells[m.Left] != "" {
			f.active = append(f.active, activeMerge{Merge: m, value: cells[m.Left]})
		}
	}
	for _, a := range f.active {
		if a.Top == line {
			continue
		}
		if len(cells) <= a.Right {
			cells = append(cells[:len(cells):len(cells)], make([]string, a.Right+1-len(cells))...)
		}
		for c := a.Left; c <= a.Right; c++ {
			if cells[c] == "" {
				cells[c] = a.value
			}
		}
	}
	return cells
}
