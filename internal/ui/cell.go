package ui

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/check"
	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// rowHeight is the height of a grid row. It is a whole number on purpose:
// Table.ScrollTo adds up row heights, and a fractional height lands it on
// the wrong row far down a long list.
const rowHeight = 36

const rowHeaderWidth = 72

// palette holds the cell colours for the current theme, made once so that
// drawing a cell allocates nothing.
type palette struct {
	none, err, warn, protected, selection color.Color
	cursor                                color.Color
}

func newPalette(g *Grid) palette {
	th := g.Theme()
	if th == nil {
		th = theme.Current()
	}
	v := fyne.CurrentApp().Settings().ThemeVariant()
	return palette{
		none:      color.Transparent,
		err:       withAlpha(th.Color(theme.ColorNameError, v), 0x66),
		warn:      withAlpha(th.Color(theme.ColorNameWarning, v), 0x66),
		protected: withAlpha(th.Color(theme.ColorNameDisabled, v), 0x50),
		selection: th.Color(theme.ColorNameSelection, v),
		cursor:    th.Color(theme.ColorNamePrimary, v),
	}
}

func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}

// newCell makes a cell: a label over a background rectangle whose minimum
// height is the row height.
func newCell() fyne.CanvasObject {
	bg := canvas.NewRectangle(color.Transparent)
	bg.SetMinSize(fyne.NewSize(40, rowHeight))
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewStack(bg, l)
}

func (g *Grid) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	bg, l := c.Objects[0].(*canvas.Rectangle), c.Objects[1].(*widget.Label)
	var row *roster.Row
	if g.doc != nil {
		row = g.doc.Row(id.Row)
	}
	if row == nil {
		g.setLabel(l, "", false)
		g.setFill(bg, g.palette.none, nil)
		return
	}
	fill := g.palette.none
	if f, ok := editor.Column(id.Col).Field(); ok {
		switch cellSeverity(g.doc, row.ID, f) {
		case severityError:
			fill = g.palette.err
		case severityWarning:
			fill = g.palette.warn
		}
	}
	if row.Protected || row.LeftOut {
		if fill == g.palette.none {
			fill = g.palette.protected
		}
	}
	var stroke color.Color
	if id == g.cur {
		stroke = g.palette.cursor
	} else if fill == g.palette.none && g.inRange(id) {
		fill = g.palette.selection
	}
	g.setLabel(l, editor.CellValue(row, editor.Column(id.Col)), row.Protected || row.LeftOut)
	g.setFill(bg, fill, stroke)
}

const (
	severityNone = iota
	severityWarning
	severityError
)

// cellSeverity returns the worst problem of a cell; a whole-row problem
// counts for every cell of its row. It allocates nothing.
func cellSeverity(d *editor.Document, id roster.RowID, f roster.Field) int {
	switch worst, ok := d.Checker().CellSeverity(id, f); {
	case !ok:
		return severityNone
	case worst == check.Error:
		return severityError
	}
	return severityWarning
}

// setLabel sets a label's text, in italics for a row never exported
// (protected or left out).
func (g *Grid) setLabel(l *widget.Label, text string, italic bool) {
	if l.Text == text && l.TextStyle.Italic == italic {
		return
	}
	l.Text, l.TextStyle.Italic = text, italic
	l.Refresh()
	g.redraws++
}

// setFill sets a cell background's colours, and its border where stroke
// is not nil.
func (g *Grid) setFill(r *canvas.Rectangle, fill, stroke color.Color) {
	width := float32(0)
	if stroke != nil {
		width = 2
	}
	if r.FillColor == fill && r.StrokeColor == stroke && r.StrokeWidth == width {
		return
	}
	r.FillColor, r.StrokeColor, r.StrokeWidth = fill, stroke, width
	r.Refresh()
	g.redraws++
}

// newHeader makes a header cell: a bold label, and an icon that marks a
// row never exported (protected or left out).
func newHeader() fyne.CanvasObject {
	bg := canvas.NewRectangle(color.Transparent)
	bg.SetMinSize(fyne.NewSize(40, rowHeight))
	l := boldLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	icon := widget.NewIcon(theme.VisibilityOffIcon())
	icon.Hide()
	return container.NewStack(bg, container.NewBorder(nil, nil, nil, icon, l))
}

func (g *Grid) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	bg := c.Objects[0].(*canvas.Rectangle)
	inner := c.Objects[1].(*fyne.Container)
	l, icon := inner.Objects[0].(*widget.Label), inner.Objects[1].(*widget.Icon)
	if g.doc == nil {
		g.setLabel(l, "", false)
		return
	}
	var fill color.Color = g.palette.none
	protected := false
	if id.Row < 0 {
		l.Alignment = fyne.TextAlignLeading
		g.setLabel(l, g.doc.ColumnName(editor.Column(id.Col)), false)
		if id.Col >= min(g.cur.Col, g.anchor.Col) && id.Col <= max(g.cur.Col, g.anchor.Col) {
			fill = g.palette.selection
		}
	} else {
		l.Alignment = fyne.TextAlignTrailing
		row := g.doc.Row(id.Row)
		protected = row != nil && (row.Protected || row.LeftOut)
		number := id.Row + 1
		if row != nil {
			number = g.doc.RowNumber(row.ID)
		}
		g.setLabel(l, strconv.Itoa(number), protected)
		if id.Row >= min(g.cur.Row, g.anchor.Row) && id.Row <= max(g.cur.Row, g.anchor.Row) {
			fill = g.palette.selection
		}
	}
	if protected != icon.Visible() {
		if protected {
			icon.Show()
		} else {
			icon.Hide()
		}
	}
	g.setFill(bg, fill, nil)
}
