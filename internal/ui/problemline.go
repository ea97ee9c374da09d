package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/check"
)

// A line of the problem panel: an icon, the text, wrapped to as many
// lines as it needs, and a Fix (or Fix all) button, beside the text or,
// in a narrow panel, under it (lineLayout). The line keeps clear
// of the list's scroll bar, which Fyne draws over the right edge of what
// it scrolls: a button there was half covered.

func newProblemLine() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	b := widget.NewButton(lang.L("Fix all"), nil)
	line := container.New(lineLayout{}, l, widget.NewIcon(nil), b)
	return container.New(layout.NewCustomPaddedLayout(0, 0, 0, scrollBarClearance()), line)
}

// scrollBarClearance is the room a line leaves on its right for the
// list's scroll bar.
func scrollBarClearance() float32 {
	return theme.ScrollBarSize()
}

// lineParts returns the label, icon and button of a line made by
// newProblemLine, and the container that lays them out.
func lineParts(o fyne.CanvasObject) (*fyne.Container, *widget.Label, *widget.Icon, *widget.Button) {
	c := o.(*fyne.Container).Objects[0].(*fyne.Container)
	return c, c.Objects[0].(*widget.Label), c.Objects[1].(*widget.Icon), c.Objects[2].(*widget.Button)
}

func (pp *problemPanel) updateLine(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(pp.items) {
		return
	}
	it := pp.items[i]
	c, l, icon, b := lineParts(o)
	if it.heading {
		l.TextStyle.Bold = true
		l.SetText(it.text())
		if it.sev == check.Error {
			icon.SetResource(theme.ErrorIcon())
		} else {
			icon.SetResource(theme.WarningIcon())
		}
		b.SetText(lang.L("Fix all"))
		b.OnTapped = func() { pp.onFixAll(it.code) }
		showButton(c, b, it.fixable > 0)
		return
	}
	l.TextStyle.Bold = false
	l.SetText(it.text())
	icon.SetResource(nil)
	if it.more > 0 {
		showButton(c, b, false)
		return
	}
	if it.p.Code == check.CodeProtectedColumnUnknown {
		b.SetText(lang.L("Choose…"))
		b.OnTapped = func() { pp.onChooseColumn(it.p) }
		showButton(c, b, true)
		return
	}
	if classPicked(it.p) {
		b.SetText(lang.L("Choose…"))
		b.OnTapped = func() { pp.onChooseClass(it.p) }
		showButton(c, b, true)
		return
	}
	switch {
	case it.p.Fix != nil && it.p.Fix.Ask:
		b.SetText(lang.L("Fill in…"))
	case it.p.Fix.Choice():
		b.SetText(lang.L("Choose…"))
	default:
		b.SetText(lang.L("Fix"))
	}
	b.OnTapped = func() { pp.onFix(it.p) }
	showButton(c, b, it.p.Fix != nil)
}

// showButton shows or hides a line's button and, when that changes, lays
// the line out again: a reused line must not keep the text's width of a
// line that had a button, or the text overflows its height.
func showButton(line *fyne.Container, b *widget.Button, visible bool) {
	if b.Visible() == visible {
		return
	}
	showIf(b, visible)
	line.Refresh()
}

func showIf(o fyne.CanvasObject, visible bool) {
	if visible {
		o.Show()
	} else {
		o.Hide()
	}
}

// text is what a line says.
func (it problemItem) text() string {
	if it.more > 0 {
		return count(it.more, "… and 1 more: tick \"Only rows with problems\" to see it in the list",
			"… and %d more: tick \"Only rows with problems\" to see them in the list")
	}
	if it.heading {
		return fmt.Sprintf("%s (%d)", codeTitle(it.code), it.count)
	}
	if it.p.Row == 0 {
		return say(it.p.Message) // a problem of the file: its message names the column
	}
	field := it.p.Field.String()
	if field == "" {
		field = lang.L("Row")
	}
	where := fmt.Sprint(it.number)
	if it.pos < 0 {
		where = fmt.Sprintf(lang.L("%d (outside the filter)"), it.number)
	}
	if it.source != "" {
		where = it.source + " " + where
	}
	return fmt.Sprintf(lang.L("%s · %s: %s"), where, field, say(it.p.Message))
}

// hasButton says whether a line shows a button: Fix all on a heading with
// certain repairs, Fix or Choose… on a problem that has one (a column
// that may be a protection mark, and a missing class, have their
// Choose…).
func (it problemItem) hasButton() bool {
	switch {
	case it.heading:
		return it.fixable > 0
	case it.more > 0:
		return false
	}
	return it.p.Fix != nil || it.p.Code == check.CodeProtectedColumnUnknown || classPicked(it.p)
}

// fitHeights gives each line the height its wrapped text needs in a
// panel of width w. Heights are remembered per text until the width
// changes, so that an edit measures only the lines it changed.
func (pp *problemPanel) fitHeights(w float32) {
	if w != pp.width || pp.heights == nil {
		pp.heights = map[lineKey]float32{}
	}
	pp.width = w
	if w <= 0 {
		return
	}
	pad := theme.Padding()
	var button, buttonHeight float32
	var measure *widget.Label
	under := stacked(w - scrollBarClearance())
	for i, it := range pp.items {
		k := lineKey{text: it.text(), bold: it.heading, button: it.hasButton()}
		h, ok := pp.heights[k]
		if !ok {
			if measure == nil {
				size := widget.NewButton(lang.L("Fix all"), nil).MinSize()
				button = max(size.Width, widget.NewButton(lang.L("Choose…"), nil).MinSize().Width)
				buttonHeight = size.Height
				measure = widget.NewLabel("")
				measure.Wrapping = fyne.TextWrapWord
			}
			avail := w - theme.IconInlineSize() - pad - scrollBarClearance()
			if k.button && !under {
				avail -= button + pad
			}
			measure.TextStyle.Bold = k.bold
			measure.SetText(k.text)
			measure.Resize(fyne.NewSize(max(avail, 40), 0))
			h = measure.MinSize().Height
			if k.button && under {
				h += pad + buttonHeight
			}
			pp.heights[k] = h
		}
		pp.list.SetItemHeight(i, h)
	}
}

// lineKey is what a line's height depends on, at a given width.
type lineKey struct {
	text         string
	bold, button bool
}

// widthWatch is a layout that reports its width when it changes.
type widthWatch struct {
	inner   fyne.Layout
	width   float32
	onWidth func(float32)
}

func (ww *widthWatch) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	if size.Width != ww.width {
		ww.width = size.Width
		ww.onWidth(size.Width)
	}
	ww.inner.Layout(objects, size)
}

func (ww *widthWatch) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return ww.inner.MinSize(objects)
}
