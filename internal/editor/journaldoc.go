package editor

import (
	"os"
	"path/filepath"
)

// RecoveryDir returns the folder that holds the recovery journals: a
// folder of the user's own configuration folder (os.UserConfigDir), which
// only the user may open.
func RecoveryDir() (string, error) {
	base, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(base, "RosterDesk", "recovery"), nil
}

// StartJournal makes the document keep a recovery journal in dir from now
// on, so that a crash loses at most the last JournalDelay of edits. A
// document with unsaved changes (a restored one) is written at once.
func (d *Document) StartJournal(dir string) error {
	if d.journal != nil {
		return nil
	}
	j, err := newJournal(dir)
	if err != nil {
		return errRecoveryOff(err)
	}
	d.journal = j
	if !d.Dirty() {
		return nil
	}
	j.note(d, nil)
	return errRecoveryOff(j.flush())
}

// FlushJournal writes the changes the journal has not written yet, and
// returns any earlier write that failed.
func (d *Document) FlushJournal() error {
	if d.journal == nil {
		return nil
	}
	return d.journal.flush()
}

// CloseJournal stops the journal and removes its files: the document was
// saved, or the user chose not to keep its changes. A document whose
// journal is closed can start a new one.
func (d *Document) CloseJournal() error {
	if d.journal == nil {
		return nil
	}
	err := d.journal.close()
	d.journal = nil
	return err
}

// journalDo journals an edit that was done.
func (d *Document) journalDo(label string, changes []change) {
	if d.journal != nil {
		d.journal.note(d, func() []byte { return encodeDo(label, changes) })
	}
}

// journalStep journals an undo or a redo.
func (d *Document) journalStep(kind string) {
	if d.journal != nil {
		d.journal.note(d, func() []byte { return encodeStep(kind) })
	}
}

// journalSaved tells the journal that the document was saved: with nothing
// unsaved, there is nothing to recover.
func (d *Document) journalSaved() {
	if d.journal != nil {
		d.journal.note(d, nil)
	}
}

// journalSnapshot makes the journal write the whole document again: a
// change held problems or import state that no edit record holds.
func (d *Document) journalSnapshot() {
	if d.journal != nil {
		d.journal.note(d, nil)
	}
}
