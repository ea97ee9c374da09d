package editor

import (
	"crypto/rand"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"rosterdesk/internal/i18n"
)

// JournalDelay is how long after a change the recovery journal writes it,
// at most: changes made closer together are written together.
const JournalDelay = 2 * time.Second

// compactAfter is how many bytes of edits the journal appends before it
// writes a new snapshot instead (and at least as many as the last
// snapshot took), so that it stays a small multiple of the list's size.
const compactAfter = 4 << 20

// Files of the recovery folder, per document id.
const (
	journalExt  = ".journal"
	lockExt     = ".lock"
	tempExt     = ".journal.tmp"
	setAsideExt = ".damaged"
)

// journal writes a document's recovery file: a snapshot, then the edits,
// undos and redos since, each framed (journalframe.go). Records are
// encoded on the UI goroutine, when the change happens, and written by a
// timer at most JournalDelay later, or by Flush. The document holds a lock
// on the journal's lock file for as long as it lives, so that no other
// window or process takes it for the journal of a crashed session.
type journal struct {
	dir, id string
	lock    *os.File
	delay   time.Duration
	// after runs f once, d from now, on another goroutine; tests replace it
	// to drive the timer themselves.
	after func(d time.Duration, f func())
	// compactAt is compactAfter; tests lower it.
	compactAt int

	mu        sync.Mutex
	pending   []journalOp
	scheduled bool
	closed    bool
	// exists is whether the file will exist when pending is written;
	// appended counts the bytes appended since the last snapshot, whose
	// size is snapshotLen.
	exists      bool
	appended    int
	snapshotLen int
	// err is the first failed write not yet returned by Flush.
	err error

	io sync.Mutex
	f  *os.File // the journal, open for appending; nil when not written
}

type journalOpKind int

const (
	opSnapshot journalOpKind = iota // replace the file with data
	opAppend                        // append data
	opRemove                        // remove the file: nothing to recover
)

type journalOp struct {
	kind journalOpKind
	data []byte
}

// newJournal starts the journal of a new document id in dir, which it
// makes if needed (0700), and locks it.
func newJournal(dir string) (*journal, error) {
	if err := ensurePrivateDir(dir); err != nil {
		return nil, err
	}
	j := &journal{dir: dir, id: rand.Text(), delay: JournalDelay, compactAt: compactAfter,
		after: func(d time.Duration, f func()) { time.AfterFunc(d, f) }}
	lock, err := lockFile(j.file(lockExt))
	if err != nil {
		return nil, err
	}
	j.lock = lock
	return j, nil
}

func (j *journal) file(ext string) string { return filepath.Join(j.dir, j.id+ext) }

// ensurePrivateDir makes dir, and its parents as needed, readable by the
// user alone.
func ensurePrivateDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	return os.Chmod(dir, 0o700)
}

// note records the change the document just made: the record that rec
// encodes, or a snapshot when the file has none yet or has grown, or the
// removal of the file when the document has nothing unsaved.
func (j *journal) note(d *Document, rec func() []byte) {
	if !d.Dirty() {
		j.queue(journalOp{kind: opRemove})
		return
	}
	j.mu.Lock()
	snapshot := rec == nil || !j.exists || j.appended > max(j.compactAt, j.snapshotLen)
	j.mu.Unlock()
	if snapshot {
		j.queue(journalOp{kind: opSnapshot, data: appendFrame([]byte(journalMagic), d.encodeSnapshot())})
		return
	}
	j.queue(journalOp{kind: opAppend, data: appendFrame(nil, rec())})
}

// queue adds op to what the next write does, and makes sure a write comes.
func (j *journal) queue(op journalOp) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return
	}
	switch op.kind {
	case opSnapshot:
		j.pending = append(j.pending[:0], op)
		j.exists, j.appended, j.snapshotLen = true, 0, len(op.data)
	case opRemove:
		if !j.exists && len(j.pending) == 0 {
			return
		}
		j.pending = append(j.pending[:0], op)
		j.exists, j.appended = false, 0
	case opAppend:
		j.pending = append(j.pending, op)
		j.appended += len(op.data)
	}
	if !j.scheduled {
		j.scheduled = true
		j.after(j.delay, func() { _ = j.flush() })
	}
}

// flush writes what is pending. A failed write is kept to be returned by
// the next Flush, and the next change writes a whole snapshot again.
func (j *journal) flush() error {
	j.io.Lock()
	defer j.io.Unlock()
	j.mu.Lock()
	ops, closed := j.pending, j.closed
	j.pending, j.scheduled = nil, false
	j.mu.Unlock()
	if closed {
		return nil
	}
	err := j.write(ops)
	j.mu.Lock()
	defer j.mu.Unlock()
	if err != nil {
		j.exists = false
		j.err = errors.Join(j.err, err)
	}
	err, j.err = j.err, nil
	return err
}

// write carries out ops; the caller holds j.io.
func (j *journal) write(ops []journalOp) error {
	appended := false
	for _, op := range ops {
		switch op.kind {
		case opSnapshot:
			if err := j.replace(op.data); err != nil {
				return err
			}
		case opAppend:
			if j.f == nil {
				return &i18n.Error{Message: i18n.T("the recovery file is missing")}
			}
			if _, err := j.f.Write(op.data); err != nil {
				return err
			}
			appended = true
		case opRemove:
			j.closeFile()
			if err := removeIfExists(j.file(journalExt)); err != nil {
				return err
			}
		}
	}
	if appended {
		return j.f.Sync()
	}
	return nil
}

// replace writes a new journal beside the old and renames it over it, so
// that a crash leaves one or the other whole.
func (j *journal) replace(data []byte) error {
	tmp := j.file(tempExt)
	if err := writeSynced(tmp, data); err != nil {
		removeIfExists(tmp)
		return err
	}
	j.closeFile()
	if err := os.Rename(tmp, j.file(journalExt)); err != nil {
		removeIfExists(tmp)
		return err
	}
	f, err := os.OpenFile(j.file(journalExt), os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	j.f = f
	return nil
}

// writeSynced creates the file at path, readable by the user alone,
// with data, flushed to disk.
func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func (j *journal) closeFile() {
	if j.f != nil {
		j.f.Close()
		j.f = nil
	}
}

func removeIfExists(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// close stops the journal and removes its files.
func (j *journal) close() error {
	j.mu.Lock()
	j.closed, j.pending = true, nil
	j.mu.Unlock()
	j.io.Lock()
	defer j.io.Unlock()
	j.closeFile()
	err := errors.Join(removeIfExists(j.file(journalExt)), removeIfExists(j.file(tempExt)))
	j.lock.Close()
	return errors.Join(err, removeIfExists(j.file(lockExt)))
}
