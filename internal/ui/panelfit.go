package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// The problem panel gives way to the grid: the divider between them is
// put where the grid shows every column at its fitted width, as long as
// the panel keeps its least width, and never left of where it starts
// (defaultSplit). The least width is minPanelWidth while the panel lists
// problems, and only its title's ("No problems") while it lists none, so
// that an empty panel never cuts a column (A11: SSOID showed "20010"
// beside 250 empty pixels). Once the user drags the divider, it stays
// where they put it.

// defaultSplit is the grid's share of the width at least.
const defaultSplit = 0.76

// minPanelWidth is the least width the problem panel gives way to while
// it lists problems.
const minPanelWidth = 210

// panelFit is a layout around the split of grid and panel that moves the
// divider when the width or the grid's columns change.
type panelFit struct {
	split *container.Split
	// want returns the width the grid's columns need; least the width
	// the panel keeps.
	want, least func() float32
	// set is the offset last set here; a different one was dragged.
	set     float64
	dragged bool
}

func newPanelFit(split *container.Split, want, least func() float32) (*panelFit, fyne.CanvasObject) {
	split.Offset = defaultSplit
	pf := &panelFit{split: split, want: want, least: least, set: defaultSplit}
	return pf, container.New(pf, split)
}

// Layout places the divider, then the split over the whole size.
func (pf *panelFit) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pf.fit(size.Width)
	for _, o := range objects {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
}

// MinSize is the split's.
func (pf *panelFit) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return pf.split.MinSize()
}

// refit places the divider again, after the columns changed.
func (pf *panelFit) refit() {
	if w := pf.split.Size().Width; w > 0 {
		pf.fit(w)
		pf.split.Refresh()
	}
}

// fit sets the divider for a split of width total.
func (pf *panelFit) fit(total float32) {
	if pf.split.Offset != pf.set {
		pf.dragged = true
	}
	if pf.dragged || total <= 0 {
		return
	}
	// The grid's vertical scroll bar and the divider take a little more.
	available := total - theme.Padding()
	want := pf.want() + theme.ScrollBarSize() + theme.Padding()
	offset := min(float64(want/available), float64(1-pf.least()/available))
	offset = max(offset, defaultSplit)
	pf.split.Offset, pf.set = offset, offset
}
