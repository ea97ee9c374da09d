package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
)

// Selection returns the selected block, as the editor takes it.
func (g *Grid) Selection() editor.Selection {
	r0, r1, c0, c1 := g.Range()
	return editor.Selection{Row0: r0, Row1: r1, Col0: c0, Col1: c1}
}

// paste writes the clipboard's tab-separated text into the selection, as
// Excel does (one value fills every selected cell; a block is repeated
// where the selection is a multiple of it), and selects what it wrote
// with the cursor on its first cell.
func (g *Grid) paste(cb fyne.Clipboard) {
	if cb == nil {
		cb = fyne.CurrentApp().Clipboard()
	}
	p := g.doc.PasteInto(g.Selection(), cb.Content())
	if a := p.Area; a.Rows() > 0 {
		g.selectBlock(a)
	}
	if g.OnPasted != nil {
		g.OnPasted(p)
	}
}

// selectBlock selects a block with the cursor on its top-left cell.
func (g *Grid) selectBlock(a editor.Selection) {
	g.anchor = widget.TableCellID{Row: a.Row1, Col: int(a.Col1)}
	g.MoveTo(a.Row0, int(a.Col0), true)
}
