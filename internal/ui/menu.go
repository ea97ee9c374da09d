package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// shortcut is Ctrl (Cmd on macOS) with a key, plus Shift when shift is set.
func shortcut(key fyne.KeyName, shift bool) fyne.Shortcut {
	mod := fyne.KeyModifierShortcutDefault
	if shift {
		mod |= fyne.KeyModifierShift
	}
	return &desktop.CustomShortcut{KeyName: key, Modifier: mod}
}

// openRecent is File > Open recent, with the files as its submenu.
func openRecent(files *fyne.Menu) *fyne.MenuItem {
	i := fyne.NewMenuItem(lang.L("Open recent"), nil)
	i.ChildMenu = files
	return i
}

func item(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
	i := fyne.NewMenuItem(label, action)
	i.Shortcut = sc
	return i
}

// mainMenu builds the menus; their shortcuts work anywhere in the window.
func (u *UI) mainMenu() *fyne.MainMenu {
	quit := item(lang.L("Quit"), shortcut(fyne.KeyQ, false), u.onQuit)
	quit.IsQuit = true
	file := fyne.NewMenu(lang.X("menu.file", "File"),
		item(lang.L("New"), shortcut(fyne.KeyN, false), u.onNew),
		item(lang.L("Open…"), shortcut(fyne.KeyO, false), u.onOpen),
		item(lang.L("Open school data folder…"), nil, u.onOpenSchoolData),
		item(lang.L("Read list of protected people…"), nil, u.onProtectedList),
		item(lang.L("Add rows from file…"), nil, u.onAddRows),
		openRecent(u.recentMenu()),
		item(lang.L("Open sample list"), nil, u.onOpenSample),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Save"), shortcut(fyne.KeyS, false), u.onSave),
		item(lang.L("Save As…"), shortcut(fyne.KeyS, true), u.onSaveAs),
		item(lang.L("Export for upload…"), shortcut(fyne.KeyE, false), u.onExport),
		item(lang.L("Compare with previous export…"), nil, u.onCompare),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Preferences…"), shortcut(fyne.KeyComma, false), func() { u.showPreferences() }),
		fyne.NewMenuItemSeparator(),
		quit)
	edit := fyne.NewMenu(lang.L("Edit"),
		item(lang.L("Undo"), &fyne.ShortcutUndo{}, u.onUndo),
		item(lang.L("Redo"), &fyne.ShortcutRedo{}, u.onRedo),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Fill down"), shortcut(fyne.KeyD, false), u.onFillDown),
		item(lang.L("Set class for selected rows…"), nil, u.onSetClass),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Add row"), nil, u.onAddRow),
		item(lang.L("Delete rows"), nil, u.onDeleteRows),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Mark as protected identity"), nil, func() { u.onProtect(true) }),
		item(lang.L("Remove the protected mark"), nil, func() { u.onProtect(false) }),
		item(lang.L("Leave out of the file"), nil, func() { u.onLeaveOut(true) }),
		item(lang.L("Take back into the file"), nil, func() { u.onLeaveOut(false) }),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Find…"), shortcut(fyne.KeyF, false), u.onFind))
	view := fyne.NewMenu(lang.L("List"),
		item(lang.L("Filter…"), nil, u.onFilter),
		item(lang.L("Only rows with problems"), nil, func() { u.onlyProblems.SetChecked(!u.onlyProblems.Checked) }),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Sort ascending by this column"), nil, func() { u.onSort(false) }),
		item(lang.L("Sort descending by this column"), nil, func() { u.onSort(true) }),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Map columns…"), nil, u.onMapColumns),
		fyne.NewMenuItemSeparator(),
		u.problemListItem())
	help := fyne.NewMenu(lang.L("Help"),
		item(lang.L("About Roster Desk"), nil, func() { u.showAbout() }))
	return fyne.NewMainMenu(file, edit, view, help)
}

// toolbarRow is the toolbar, the "only problems" switch and the export
// button.
func (u *UI) toolbarRow() fyne.CanvasObject {
	u.toolbar = widget.NewToolbar(
		u.tool(theme.DocumentCreateIcon(), lang.L("New"), u.onNew),
		u.tool(theme.FolderOpenIcon(), lang.L("Open…"), u.onOpen),
		u.tool(theme.DocumentSaveIcon(), lang.L("Save"), u.onSave),
		widget.NewToolbarSeparator(),
		u.tool(theme.ContentUndoIcon(), lang.L("Undo"), u.onUndo),
		u.tool(theme.ContentRedoIcon(), lang.L("Redo"), u.onRedo),
		widget.NewToolbarSeparator(),
		u.tool(theme.ContentAddIcon(), lang.L("Add row"), u.onAddRow),
		u.tool(theme.ContentRemoveIcon(), lang.L("Delete rows"), u.onDeleteRows),
		widget.NewToolbarSeparator(),
		u.tool(theme.SearchIcon(), lang.L("Find…"), u.onFind),
		u.tool(theme.ListIcon(), lang.L("Filter…"), u.onFilter),
		u.tool(theme.MoveUpIcon(), lang.L("Sort ascending by this column"), func() { u.onSort(false) }),
		u.tool(theme.MoveDownIcon(), lang.L("Sort descending by this column"), func() { u.onSort(true) }),
		widget.NewToolbarSeparator(),
		u.tool(theme.WarningIcon(), lang.L("Show or hide the problem list"), u.toggleProblemPanel),
	)
	export := widget.NewButtonWithIcon(lang.L("Export for upload…"), theme.UploadIcon(), u.onExport)
	export.Importance = widget.HighImportance
	return container.NewBorder(nil, nil, u.toolbar, export, container.NewHBox(u.onlyProblems))
}

// tool is a toolbar button with an icon and a tip.
func (u *UI) tool(icon fyne.Resource, tip string, action func()) widget.ToolbarItem {
	return &tipAction{icon: icon, tip: tip, action: action, tips: u.tips}
}

// onUndo reverts the last edit and shows the cell it changed back.
func (u *UI) onUndo() {
	if u.doc != nil {
		u.editing = false
		id, col, ok := u.doc.UndoCell()
		u.doc.Undo()
		u.showChangedCell(id, col, ok)
	}
}

// onRedo applies the last undone edit again and shows its cell.
func (u *UI) onRedo() {
	if u.doc != nil {
		u.editing = false
		id, col, ok := u.doc.RedoCell()
		u.doc.Redo()
		u.showChangedCell(id, col, ok)
	}
}

// showChangedCell moves the cursor to a cell an undo or redo changed,
// when it is in the list shown.
func (u *UI) showChangedCell(id roster.RowID, col editor.Column, ok bool) {
	if pos := u.doc.Position(id); ok && pos >= 0 {
		u.grid.MoveTo(pos, int(col), false)
	}
}

// onGridShortcut takes the shortcuts the grid passes on: Ctrl+Shift+Z,
// redo in many programs, which no menu item has, and Ctrl+D where the
// menu's shortcut did not reach the window first.
func (u *UI) onGridShortcut(s fyne.Shortcut) {
	c, ok := s.(*desktop.CustomShortcut)
	switch {
	case !ok:
	case c.KeyName == fyne.KeyZ && c.Modifier == fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift:
		u.onRedo()
	case c.KeyName == fyne.KeyD && c.Modifier == fyne.KeyModifierShortcutDefault:
		u.onFillDown()
	}
}

// onAddRow inserts a blank row under the cursor and moves to it.
func (u *UI) onAddRow() {
	if u.doc == nil {
		return
	}
	u.commitEdit()
	row, _ := u.grid.Cursor()
	at := row + 1
	if u.doc.Len() == 0 {
		at = 0
	}
	ids := u.doc.InsertRows(at, 1)
	if len(ids) > 0 {
		u.grid.MoveTo(u.doc.Position(ids[0]), 0, false)
	}
	u.focusGrid()
}

// onDeleteRows deletes the rows of the selected range.
func (u *UI) onDeleteRows() {
	if u.doc == nil {
		return
	}
	u.commitEdit()
	u.doc.DeleteRows(u.grid.SelectedIDs())
	u.focusGrid()
}

// onProtect marks the selected rows as pupils with protected identity,
// who are never written to the upload file, or takes the mark away: the
// school system's export does not always carry it. A mark the file set
// is taken away only when the user says so (confirmUnmark).
func (u *UI) onProtect(protected bool) {
	if u.doc == nil {
		return
	}
	u.commitEdit()
	ids := u.grid.SelectedIDs()
	if n, columns := u.doc.FileMarked(ids); !protected && n > 0 {
		u.confirmUnmark(ids, n, columns)
		return
	}
	u.doc.SetProtected(ids, protected)
	u.focusGrid()
}

// onLeaveOut leaves the selected rows out of the upload file (a leaver,
// someone who does not belong on it), or takes them back into it.
func (u *UI) onLeaveOut(leftOut bool) {
	if u.doc == nil {
		return
	}
	u.commitEdit()
	u.doc.SetLeftOut(u.grid.SelectedIDs(), leftOut)
	u.focusGrid()
}

// onSort sorts the list by the cursor's column.
func (u *UI) onSort(descending bool) {
	if u.doc == nil {
		return
	}
	u.commitEdit()
	_, col := u.grid.Cursor()
	u.doc.Sort(col, descending)
}
