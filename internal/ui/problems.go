package ui

import (
	"cmp"
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/check"
	"rosterdesk/internal/editor"
)

// problemItem is a line of the problem panel: a group's heading (a code
// with its count) or one problem.
type problemItem struct {
	heading bool
	code    check.Code
	sev     check.Severity
	count   int
	fixable int
	p       check.Problem
	pos     int
	// number is the row's number in the whole list, as the grid shows it.
	number int
	// source names the file and sheet of the row when the list holds
	// rows of several; "" otherwise.
	source string
	// more, on the last line of a long group, counts its problems not
	// listed.
	more int
}

// maxLinesPerKind is how many problems of one kind the panel lists; the
// rest are counted on one more line. A first import of a large list can
// have tens of thousands of one kind, more than anyone reads, and every
// line costs a text layout.
const maxLinesPerKind = 200

// problemPanel lists every problem, grouped by kind, errors first.
type problemPanel struct {
	list  *widget.List
	title *widget.Label
	items []problemItem
	doc   *editor.Document
	// width is the panel's width, for the height of wrapped lines;
	// heights remembers the height of each line's text at that width.
	width   float32
	heights map[lineKey]float32

	onJump   func(check.Problem)
	onFix    func(check.Problem)
	onFixAll func(check.Code)
	// onChooseColumn asks what a column that may be a protection mark
	// holds.
	onChooseColumn func(check.Problem)
	// onChooseClass asks for the class of a pupil whose class is missing
	// or only half there.
	onChooseClass func(check.Problem)
	// onMore is the "… and N more" line's action: show the rows with
	// problems in the grid.
	onMore func()
	// onEmpty is called when the panel comes to list no problems, or
	// some after none: its least width (leastWidth) changed.
	onEmpty func()
	empty   bool
}

// leastWidth is the width the panel keeps when the grid wants more:
// minPanelWidth while it lists problems, its title's while it lists none.
func (pp *problemPanel) leastWidth() float32 {
	if pp.empty {
		return pp.title.MinSize().Width + theme.Padding()
	}
	return minPanelWidth
}

func newProblemPanel() *problemPanel {
	pp := &problemPanel{title: boldLabel("")}
	pp.list = widget.NewList(func() int { return len(pp.items) }, newProblemLine, pp.updateLine)
	pp.list.OnSelected = pp.selected
	return pp
}

func (pp *problemPanel) object() fyne.CanvasObject {
	c := container.NewBorder(pp.title, nil, nil, nil, pp.list)
	c.Layout = &widthWatch{inner: c.Layout, onWidth: pp.fitHeights}
	return c
}

func (pp *problemPanel) selected(i widget.ListItemID) {
	pp.list.Unselect(i)
	if i < 0 || i >= len(pp.items) {
		return
	}
	it := pp.items[i]
	if it.heading && i+1 < len(pp.items) {
		it = pp.items[i+1]
	}
	switch {
	case it.more > 0:
		if pp.onMore != nil {
			pp.onMore()
		}
	case !it.heading && pp.onJump != nil:
		pp.onJump(it.p)
	}
}

// refresh regroups the document's problems.
func (pp *problemPanel) refresh(d *editor.Document) {
	pp.doc = d
	pp.items = pp.items[:0]
	if d == nil {
		pp.title.SetText("")
		pp.list.Refresh()
		return
	}
	problems := d.Checker().Problems()
	groups := map[check.Code]*problemItem{}
	var order []check.Code
	for _, p := range problems {
		g := groups[p.Code]
		if g == nil {
			g = &problemItem{heading: true, code: p.Code, sev: p.Severity}
			groups[p.Code] = g
			order = append(order, p.Code)
		}
		g.count++
		if p.Fix != nil && !p.Fix.Choice() { // a choice is the user's, one row at a time
			g.fixable++
		}
		if p.Severity == check.Error {
			g.sev = check.Error
		}
	}
	slices.SortStableFunc(order, func(a, b check.Code) int {
		return cmp.Compare(groups[a].sev, groups[b].sev)
	})
	lines := map[check.Code][]problemItem{}
	several := len(d.Sources()) > 1
	for _, p := range problems {
		it := problemItem{p: p, code: p.Code, sev: p.Severity, pos: d.Position(p.Row), number: d.RowNumber(p.Row)}
		if several && p.Row != 0 {
			it.source = rowSourceLabel(d, p.Row)
		}
		lines[p.Code] = append(lines[p.Code], it)
	}
	for _, code := range order {
		pp.items = append(pp.items, *groups[code])
		ls := lines[code]
		slices.SortStableFunc(ls, func(a, b problemItem) int { return cmp.Compare(uint(a.pos), uint(b.pos)) })
		if len(ls) > maxLinesPerKind {
			pp.items = append(pp.items, ls[:maxLinesPerKind]...)
			pp.items = append(pp.items, problemItem{code: code, sev: groups[code].sev, more: len(ls) - maxLinesPerKind})
		} else {
			pp.items = append(pp.items, ls...)
		}
	}
	errs, warns := d.Checker().Counts()
	if errs+warns == 0 {
		pp.title.SetText(lang.L("No problems"))
	} else {
		pp.title.SetText(fmt.Sprintf(lang.L("Problems: %s, %s"), countErrors(errs), countWarnings(warns)))
	}
	pp.fitHeights(pp.width)
	pp.list.Refresh()
	pp.setEmpty(len(pp.items) == 0)
}

// setEmpty says whether the panel lists no problems, and calls onEmpty
// when that changed.
func (pp *problemPanel) setEmpty(empty bool) {
	if empty != pp.empty {
		pp.empty = empty
		if pp.onEmpty != nil {
			pp.onEmpty()
		}
	}
}
