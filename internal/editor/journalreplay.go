package editor

import (
	"encoding/json"
	"errors"
	"fmt"
)

// replayJournal rebuilds the document that a journal's records describe:
// the snapshot, then each edit, undo and redo in turn. When a record
// cannot be read or does not fit the document as it stands, it stops
// there: the document holds every record before it, and err says what
// stopped it. Without a readable snapshot the document is nil.
func replayJournal(records [][]byte) (d *Document, err error) {
	if len(records) == 0 {
		return nil, errors.New("no snapshot")
	}
	var snap jRecord
	if err := json.Unmarshal(records[0], &snap); err != nil || snap.Kind != recordSnapshot {
		return nil, errors.New("the snapshot cannot be read")
	}
	d, reg, err := decodeSnapshot(snap)
	if err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	for i, data := range records[1:] {
		if err := d.replayRecord(reg, data); err != nil {
			return d, fmt.Errorf("record %d: %w", i+1, err)
		}
	}
	return d, nil
}

// replayRecord applies one record after the snapshot.
func (d *Document) replayRecord(reg rowRegistry, data []byte) error {
	var rec jRecord
	if err := json.Unmarshal(data, &rec); err != nil {
		return errors.New("cannot be read")
	}
	h := &d.history
	switch rec.Kind {
	case recordUndo:
		if h.pos == 0 {
			return errors.New("an undo with nothing to undo")
		}
		if err := d.tryOut(inverses(h.edits[h.pos-1].changes)); err != nil {
			return err
		}
		d.Undo()
	case recordRedo:
		if h.pos == len(h.edits) {
			return errors.New("a redo with nothing to redo")
		}
		if err := d.tryOut(h.edits[h.pos].changes); err != nil {
			return err
		}
		d.Redo()
	case recordDo:
		if rec.Edit == nil || len(rec.Edit.Changes) == 0 {
			return errors.New("an empty edit")
		}
		changes, err := reg.decodeEdit(*rec.Edit, d.NumColumns())
		if err != nil {
			return err
		}
		if err := d.tryOut(changes); err != nil {
			return err
		}
		d.do(rec.Edit.Label, changes)
	default:
		return fmt.Errorf("a record of unknown kind %q", rec.Kind)
	}
	return nil
}

// tryOut applies steps one by one, each only if it fits the document as
// the steps before it left it, then reverts them: a record read from a
// journal is checked before it is applied, so that one that does not fit
// leaves the document as it was, never a panic.
func (d *Document) tryOut(steps []change) error {
	applied := 0
	defer func() {
		for k := applied - 1; k >= 0; k-- {
			steps[k].revert(d)
		}
	}()
	for _, c := range steps {
		if !c.fits(d) {
			return fmt.Errorf("a %T that does not fit the list", c)
		}
		c.apply(d)
		applied++
	}
	return nil
}

// inverses returns the steps that undo changes, in the order undo takes.
func inverses(changes []change) []change {
	out := make([]change, 0, len(changes))
	for i := len(changes) - 1; i >= 0; i-- {
		out = append(out, changes[i].inverse())
	}
	return out
}
