package editor

import (
	"fmt"

	"rosterdesk/internal/roster"
)

// change is one primitive step of an edit. A kind of change is one type
// with these methods: it applies and reverts itself (keeping the checker
// up to date), names its inverse for the journal's undo, says whether it
// fits a document read back from a journal, and writes and reads itself
// in the journal. A new kind is added to changeKinds, and nothing else
// needs to know it.
type change interface {
	apply(d *Document)
	revert(d *Document)
	// touched returns the row the change is about, or 0 when it changes
	// the structure of the roster (rows added, removed or reordered).
	touched() roster.RowID
	// inverse returns the change that undoes this one.
	inverse() change
	// fits reports whether the change can be applied to d as it stands.
	fits(d *Document) bool
	// cell returns the cell the change sets, for showing it after an undo
	// or redo; ok is false for a change of whole rows.
	cell() (id roster.RowID, col Column, ok bool)
	// kind names the change in the journal.
	kind() string
	// encode returns the change as the journal writes it, kind aside.
	encode() jChange
	// decode returns the change a journal entry of this kind describes,
	// with the rows the registry knows; numColumns is the document's.
	decode(reg rowRegistry, j jChange, numColumns int) (change, error)
}

// changeKinds are the kinds of change, one of each, that the journal
// reads by name.
var changeKinds = []change{cellChange{}, protectChange{}, leaveOutChange{}, insertRows{}, removeRows{}, reorder{}, settleChange{}}

// changeByKind finds the kind of change a journal entry names.
var changeByKind = func() map[string]change {
	m := make(map[string]change, len(changeKinds))
	for _, c := range changeKinds {
		m[c.kind()] = c
	}
	return m
}()

// encodeChange returns a change as the journal writes it.
func encodeChange(c change) jChange {
	j := c.encode()
	j.Type = c.kind()
	return j
}

// decodeChange returns the change a journal entry describes.
func decodeChange(reg rowRegistry, j jChange, numColumns int) (change, error) {
	k, ok := changeByKind[j.Type]
	if !ok {
		return nil, fmt.Errorf("a change of unknown type %q", j.Type)
	}
	return k.decode(reg, j, numColumns)
}
