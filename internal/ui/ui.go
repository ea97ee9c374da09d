// Package ui is Roster Desk's window, in Fyne: the grid, the edit bar,
// the problem panel, the status bar, the menus and the dialogs. It is
// thin: every action calls internal/editor, and the window draws what the
// document says.
package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/check"
	"rosterdesk/internal/editor"
)

// UI is the main window with the open document and its widgets.
type UI struct {
	app   fyne.App
	win   fyne.Window
	prefs settings
	doc   *editor.Document
	// now tells the date for export names; tests fix it.
	now func() time.Time

	grid         *Grid
	cellName     *widget.Label
	entry        *cellEntry
	cellProblems *widget.Label
	problems     *problemPanel
	status       *widget.Label
	// sched runs the put-off refreshes and the reading and writing of
	// files; tests replace it.
	sched scheduler
	// reading numbers the reads in the background (Open, Compare); a read
	// whose number is no longer current was cancelled, and its result is
	// dropped.
	reading int
	// progress is the progress dialog of the work in the background, for
	// tests.
	progress *progressDialog
	// comparison is the last "compare with previous export" shown, for
	// tests.
	comparison *compareView
	// noRows says, over the empty grid, that the filter hides every row.
	noRows       *widget.Label
	find         *findBar
	filter       *filterBar
	onlyProblems *widget.Check
	toolbar      *widget.Toolbar
	// mapBar offers the mapping dialog, and mapper is the open one, for
	// tests.
	mapBar *mapBar
	mapper *mapDialog
	// tips draws the toolbar buttons' tips.
	tips *tipLayer
	// split holds the grid and the problem panel; problemPanel is the
	// panel, and panelItem the List menu's item that shows or hides it.
	split        *container.Split
	problemPanel fyne.CanvasObject
	panelItem    *fyne.MenuItem

	welcome, main fyne.CanvasObject
	// panelFit moves the divider so that the problem panel gives way to
	// the grid's columns.
	panelFit *panelFit

	// unsaved is the last "save changes?" dialog, for tests.
	unsaved *dialog.CustomDialog
	// classOptions are the classes the last Set class dialog offered,
	// for tests.
	classOptions []string
	// notices is the last "read from the file" dialog, for tests.
	notices *dialog.CustomDialog
	// unmark is the last "remove the protected mark?" dialog, for tests.
	unmark *dialog.ConfirmDialog
	// exporter is the open export dialog, for tests.
	exporter *exportDialog
	// escapes says, for each dialog that Esc cancels, by its overlay,
	// what cancelling it does (showEscapable).
	escapes map[fyne.CanvasObject]func()

	editing bool
	target  editTarget

	// recoveryDir is where lists keep their recovery journals; "" keeps
	// none (tests).
	recoveryDir       string
	recoveryOffWarned bool
	// recovery is the open "restore unsaved changes?" dialog, for tests.
	recovery *recoveryOffer
	// summary orders the refreshes of the problem panel and status bar.
	summary summaries
	// place is the screen the window was sized for.
	place windowPlace
	// memory sets the soft memory limit for the list read and held.
	memory memoryLimiter
}

// New makes the main window of app, showing the welcome screen.
func New(app fyne.App) *UI {
	u := &UI{app: app, prefs: settings{app.Preferences()}, now: time.Now, sched: fyneScheduler{}}
	u.summary.large = largeList
	u.win = app.NewWindow(lang.L("Roster Desk"))
	u.win.SetMaster()
	u.build()
	u.win.SetMainMenu(u.mainMenu())
	u.win.SetCloseIntercept(u.onQuit)
	u.win.SetOnDropped(u.onDropped)
	u.win.Canvas().SetOnTypedKey(u.onCanvasKey)
	u.win.Resize(unknownScreenSize)
	u.setDocument(nil)
	return u
}

// Window returns the main window.
func (u *UI) Window() fyne.Window { return u.win }

// ShowAndRun shows the window and runs the app until it quits.
func (u *UI) ShowAndRun() { u.win.ShowAndRun() }

func (u *UI) build() {
	u.grid = NewGrid()
	u.grid.OnMoved = u.onGridMoved
	u.grid.OnEdit = u.onStartEdit
	u.grid.OnTapped = u.onGridTapped
	u.grid.OnShortcut = u.onGridShortcut
	u.grid.OnPasted = u.onPasted
	u.cellName = widget.NewLabel("")
	u.entry = newCellEntry()
	u.entry.OnChanged = u.onEntryChanged
	u.entry.onKey = u.onEntryKey
	u.entry.onPick = u.onPick
	u.cellProblems = widget.NewLabel("")
	u.cellProblems.Wrapping = fyne.TextWrapWord
	u.problems = newProblemPanel()
	u.problems.onJump = u.jumpTo
	u.problems.onFix = u.onFix
	u.problems.onFixAll = u.onFixAll
	u.problems.onChooseColumn = func(p check.Problem) { u.chooseMarkColumn(p) }
	u.problems.onChooseClass = u.chooseClass
	u.problems.onMore = func() { u.onlyProblems.SetChecked(true) }
	u.status = widget.NewLabel("")
	// A narrow window cuts the status bar's line short rather than
	// growing to fit it.
	u.status.Truncation = fyne.TextTruncateEllipsis
	u.find = newFindBar(u)
	u.filter = newFilterBar(u)
	u.onlyProblems = widget.NewCheck(lang.L("Only rows with problems"), u.onOnlyProblems)

	u.mapBar = newMapBar(u)
	u.tips = newTipLayer(func(d time.Duration, f func()) { u.sched.after(d, f) })
	top := container.NewVBox(u.toolbarRow(), u.mapBar.box, u.find.box, u.filter.box, newEditBar(u.cellName, u.entry))
	u.noRows = widget.NewLabel(lang.L("No rows match the filter"))
	u.noRows.Importance = widget.MediumImportance
	u.noRows.Hide()
	left := container.NewBorder(nil, u.cellProblems, nil, nil, container.NewStack(u.grid, container.NewCenter(u.noRows)))
	u.problemPanel = u.problems.object()
	if u.prefs.ProblemPanelHidden() {
		u.problemPanel.Hide()
	}
	u.split = container.NewHSplit(left, u.problemPanel)
	var fitted fyne.CanvasObject
	u.panelFit, fitted = newPanelFit(u.split, func() float32 { return u.grid.contentWidths(theme.Padding()) }, u.problems.leastWidth)
	u.problems.onEmpty = u.panelFit.refit
	u.main = container.NewBorder(top, nil, nil, nil, fitted)
	u.welcome = u.welcomeScreen()
	body := container.NewBorder(nil, u.status, nil, nil, container.NewStack(u.welcome, u.main))
	u.win.SetContent(container.NewStack(body, u.tips.layer))
}

// setDocument shows d, or the welcome screen for nil.
func (u *UI) setDocument(d *editor.Document) {
	u.editing = false
	if u.doc != d {
		u.closeJournal()
	}
	u.doc = d
	if d != nil {
		u.memory.holding(d.Roster().Len())
		u.startJournal(d)
		d.OnChange = u.onDocChange
		u.welcome.Hide()
		u.main.Show()
	} else {
		u.main.Hide()
		u.welcome.Show()
	}
	u.mapBar.offer(d)
	u.find.reset()
	u.filter.refresh()
	u.onlyProblems.OnChanged = nil
	u.onlyProblems.SetChecked(false)
	u.onlyProblems.OnChanged = u.onOnlyProblems
	u.grid.SetDocument(d)
	u.panelFit.refit()
	u.summary.asked.Add(1) // a pending refresh was for the list before
	u.refreshProblems()
	u.refreshStatus()
	u.onGridMoved()
	if d != nil {
		u.focusGrid()
	}
}

// onDocChange redraws what a command changed.
func (u *UI) onDocChange(c editor.Change) {
	// Values pasted, typed or added may be wider than their columns.
	if u.grid.growColumns(c) {
		u.panelFit.refit()
	}
	if c.Structure {
		u.grid.Refresh()
		u.grid.Clamp()
		u.filter.refresh()
	} else {
		// An edit can change the marks of rows it did not touch (a
		// duplicate address, the file's municipality), so every visible
		// cell is looked at again; drawing one allocates nothing, and only
		// the cells whose text or colour changed are redrawn.
		u.grid.Refresh()
	}
	u.refreshSummaries()
	u.refreshEditBar()
	u.refreshCellProblems()
}

// onGridTapped ends an edit in progress, as a click elsewhere does in a
// spreadsheet, and gives the grid the keyboard so that typing edits the
// tapped cell.
func (u *UI) onGridTapped() {
	u.commitEdit()
	u.refreshEditBar()
	u.focusGrid()
}

// onGridMoved follows the cursor: an edit in progress is committed to
// the cell it was for, and the bars show the new cell.
func (u *UI) onGridMoved() {
	if u.editing {
		u.commitEdit()
	}
	u.refreshEditBar()
	u.refreshCellProblems()
}
