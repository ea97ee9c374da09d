package editor

import "rosterdesk/internal/roster"

// maxHistory bounds how many edits can be undone.
const maxHistory = 1000

// edit is what one command did: undone and redone as a whole.
type edit struct {
	label   string
	changes []change
}

// history holds the edits done and undone.
type history struct {
	edits []edit
	// pos is how many of edits are applied; edits[pos:] can be redone.
	pos int
	// savedAt is the pos of the saved state, or -1 when no undo or redo
	// can bring it back.
	savedAt int
	// steps counts the edits, undos and redos: a save that took a snapshot
	// at one count marks the list saved only if it is the same on return.
	steps uint64
}

// do applies the changes as one undoable edit named label and tells the
// view what changed. An edit with no changes is not recorded.
func (d *Document) do(label string, changes []change) {
	if len(changes) == 0 {
		return
	}
	for _, c := range changes {
		c.apply(d)
	}
	d.record(label, changes)
}

// record adds changes that were applied to the history as one edit,
// journals it and tells the view what changed.
func (d *Document) record(label string, changes []change) {
	h := &d.history
	if h.savedAt > h.pos {
		h.savedAt = -1
	}
	h.edits = append(h.edits[:h.pos], edit{label: label, changes: changes})
	h.pos++
	if len(h.edits) > maxHistory {
		// Drop the oldest in place: no new array on every edit once the
		// history is full, and the dropped edits' changes freed.
		drop := len(h.edits) - maxHistory
		n := copy(h.edits, h.edits[drop:])
		clear(h.edits[n:])
		h.edits = h.edits[:n]
		h.pos -= drop
		h.savedAt -= drop
		if h.savedAt < 0 {
			h.savedAt = -1
		}
	}
	d.journalDo(label, changes)
	d.changed(changes)
}

// Undo reverts the last edit and returns its label; ok is false when
// there is nothing to undo.
func (d *Document) Undo() (label string, ok bool) {
	h := &d.history
	if h.pos == 0 {
		return "", false
	}
	h.pos--
	e := h.edits[h.pos]
	for i := len(e.changes) - 1; i >= 0; i-- {
		e.changes[i].revert(d)
	}
	d.journalStep(recordUndo)
	d.changed(e.changes)
	return e.label, true
}

// Redo applies the last undone edit again and returns its label; ok is
// false when there is nothing to redo.
func (d *Document) Redo() (label string, ok bool) {
	h := &d.history
	if h.pos == len(h.edits) {
		return "", false
	}
	e := h.edits[h.pos]
	h.pos++
	for _, c := range e.changes {
		c.apply(d)
	}
	d.journalStep(recordRedo)
	d.changed(e.changes)
	return e.label, true
}

// UndoLabel names the edit Undo would revert, or "".
func (d *Document) UndoLabel() string {
	if d.history.pos == 0 {
		return ""
	}
	return d.history.edits[d.history.pos-1].label
}

// RedoLabel names the edit Redo would apply, or "".
func (d *Document) RedoLabel() string {
	if d.history.pos == len(d.history.edits) {
		return ""
	}
	return d.history.edits[d.history.pos].label
}

// markSaved records the current state as the saved one.
func (d *Document) markSaved() {
	d.history.savedAt = d.history.pos
	d.journalSaved()
}

// changed rebuilds the view after structural changes and notifies.
func (d *Document) changed(changes []change) {
	d.history.steps++
	var rows []roster.RowID
	for _, c := range changes {
		id := c.touched()
		if id == 0 {
			d.view.rebuild(d)
			d.notify(Change{Structure: true})
			return
		}
		rows = append(rows, id)
	}
	d.notify(Change{Rows: rows})
}
