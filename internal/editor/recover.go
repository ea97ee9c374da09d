package editor

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"rosterdesk/internal/i18n"
)

// Recovered is a document restored from the journal of a session that
// ended without saving its changes or setting them aside: the program or
// the computer stopped. It holds the journal's lock until Restore, Discard
// or Release.
type Recovered struct {
	// Doc is the document as its journal last recorded it.
	Doc *Document
	// Changed is when the journal was last written.
	Changed time.Time
	// Warning, when set, says that the journal was damaged part of the way
	// through: Doc holds the edits before the damage, and the file was set
	// aside.
	Warning i18n.Text

	dir, id  string
	lock     *os.File
	setAside bool
}

// FindRecoverable reads the journals in dir that no open document holds,
// in this process or another, newest first. A journal that cannot be read
// at all is set aside (renamed, never deleted) and said in problems; one
// that a crash cut short before its first snapshot was whole holds nothing
// to restore and is removed. The caller must Restore, Discard or Release
// each one found.
func FindRecoverable(dir string) (found []*Recovered, problems []i18n.Text) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil
	}
	for _, e := range entries {
		id, ok := strings.CutSuffix(e.Name(), lockExt)
		if !ok || e.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, id+journalExt)); errors.Is(err, fs.ErrNotExist) {
			removeStaleLock(dir, id)
		}
	}
	for _, e := range entries {
		id, ok := strings.CutSuffix(e.Name(), journalExt)
		if !ok || e.IsDir() {
			continue
		}
		r, problem := readRecoverable(dir, id)
		if r != nil {
			found = append(found, r)
		}
		if !problem.IsZero() {
			problems = append(problems, problem)
		}
	}
	slices.SortFunc(found, func(a, b *Recovered) int { return b.Changed.Compare(a.Changed) })
	return found, problems
}

// removeStaleLock removes the lock file of a document that has no journal,
// unless the document is still open.
func removeStaleLock(dir, id string) {
	lock, err := lockFile(filepath.Join(dir, id+lockExt))
	if err != nil {
		return
	}
	lock.Close()
	removeIfExists(filepath.Join(dir, id+lockExt))
}

// readRecoverable locks and reads the journal id, when no one holds it.
func readRecoverable(dir, id string) (*Recovered, i18n.Text) {
	lock, err := lockFile(filepath.Join(dir, id+lockExt))
	if err != nil {
		return nil, i18n.Text{} // open in another window, or not ours to read
	}
	r := &Recovered{dir: dir, id: id, lock: lock}
	path := filepath.Join(dir, id+journalExt)
	removeIfExists(filepath.Join(dir, id+tempExt))
	info, err := os.Stat(path)
	if err != nil {
		r.unlock()
		return nil, i18n.Text{}
	}
	r.Changed = info.ModTime()
	data, err := os.ReadFile(path)
	if err != nil {
		r.unlock()
		return nil, i18n.T("A recovery file could not be read; it was left where it is: %s", path)
	}
	contents := readFrames(data)
	if len(contents.records) == 0 && !contents.damaged {
		r.Discard() // cut short before anything was whole
		return nil, i18n.Text{}
	}
	d, replayErr := replayJournal(contents.records)
	if d == nil {
		aside := r.setItAside()
		r.unlock()
		return nil, i18n.T("A recovery file was damaged and nothing in it could be restored. It was set aside as %s.", aside)
	}
	r.Doc = d
	if contents.damaged || replayErr != nil {
		aside := r.setItAside()
		r.Warning = i18n.T("Part of the recovery file was damaged: the changes before the damage are restored, later ones may be missing. The damaged file was set aside as %s.", aside)
	}
	if !d.Dirty() && r.Warning.IsZero() {
		r.Discard() // the list is as it was saved: nothing to restore
		return nil, i18n.Text{}
	}
	return r, i18n.Text{}
}

// setItAside renames the journal so that it is never read again and never
// lost, and returns its new path.
func (r *Recovered) setItAside() string {
	from := filepath.Join(r.dir, r.id+journalExt)
	to := filepath.Join(r.dir, r.id+setAsideExt)
	if err := os.Rename(from, to); err != nil {
		return from
	}
	r.setAside = true
	return to
}

// Restore makes the document keep a new journal in the recovery folder
// and removes the old one. The document is returned even when the new
// journal cannot be written; err then says why.
func (r *Recovered) Restore() (*Document, error) {
	err := r.Doc.StartJournal(r.dir)
	if err == nil {
		r.Discard()
	} else {
		r.Release()
	}
	return r.Doc, err
}

// Discard removes the journal (a damaged one stays set aside).
func (r *Recovered) Discard() {
	if !r.setAside {
		removeIfExists(filepath.Join(r.dir, r.id+journalExt))
	}
	r.unlock()
}

// Release leaves the journal for a later start.
func (r *Recovered) Release() {
	if r.lock != nil {
		r.lock.Close()
		r.lock = nil
	}
}

// unlock lets go of the journal's lock and removes the lock file.
func (r *Recovered) unlock() {
	if r.lock != nil {
		r.Release()
		removeIfExists(filepath.Join(r.dir, r.id+lockExt))
	}
}

// Name returns the name of the file the recovered list came from, or "".
func (r *Recovered) Name() string {
	if src := r.Doc.Source(); src != "" {
		return filepath.Base(src)
	}
	return ""
}
