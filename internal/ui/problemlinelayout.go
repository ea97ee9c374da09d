package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// stackBelowWidth is the width of a problem line below which its button
// goes under its text instead of beside it: beside a button, a line of
// the panel at its least width kept about 90 pixels for its text, and
// Fyne broke words such as "Obligatoriskt" and "elever.xlsx" in two.
const stackBelowWidth = 300

// stacked reports whether a line of width w (the scroll bar's room taken
// away) has its button under its text.
func stacked(w float32) bool { return w < stackBelowWidth-scrollBarClearance() }

// lineLayout lays out a problem line's objects, in the order label, icon,
// button: the icon on the left, the text beside it, and the button, when
// shown, on the right of the text or, on a narrow line, under it at the
// right.
type lineLayout struct{}

func (lineLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	label, icon, button := objects[0], objects[1], objects[2]
	pad := theme.Padding()
	left := theme.IconInlineSize() + pad
	textWidth, textHeight := size.Width-left, size.Height
	if button.Visible() {
		b := button.MinSize()
		if stacked(size.Width) {
			textHeight = max(size.Height-b.Height-pad, 0)
			button.Move(fyne.NewPos(size.Width-b.Width, textHeight+pad))
			button.Resize(b)
		} else {
			textWidth -= b.Width + pad
			button.Move(fyne.NewPos(size.Width-b.Width, 0))
			button.Resize(fyne.NewSize(b.Width, size.Height))
		}
	}
	icon.Move(fyne.NewPos(0, 0))
	icon.Resize(fyne.NewSize(theme.IconInlineSize(), textHeight))
	label.Move(fyne.NewPos(left, 0))
	label.Resize(fyne.NewSize(max(textWidth, 0), textHeight))
}

func (lineLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	label, button := objects[0].MinSize(), objects[2]
	size := fyne.NewSize(theme.IconInlineSize()+theme.Padding()+label.Width, label.Height)
	if button.Visible() {
		b := button.MinSize()
		size.Width += b.Width + theme.Padding()
		size.Height = max(size.Height, b.Height)
	}
	return size
}
