package editor

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// manualTimer replaces a journal's timer: the test runs the scheduled
// writes when it chooses.
type manualTimer struct {
	delays []time.Duration
	fns    []func()
}

func (m *manualTimer) after(d time.Duration, f func()) {
	m.delays = append(m.delays, d)
	m.fns = append(m.fns, f)
}

// fire runs the writes scheduled so far.
func (m *manualTimer) fire() {
	fns := m.fns
	m.fns = nil
	for _, f := range fns {
		f()
	}
}

// startJournal starts d's journal in dir with a timer the test drives.
func startJournal(t *testing.T, d *Document, dir string) *manualTimer {
	t.Helper()
	if err := d.StartJournal(dir); err != nil {
		t.Fatal(err)
	}
	m := &manualTimer{}
	d.journal.after = m.after
	return m
}

// crash writes what is pending and then lets go of the journal as a killed
// process does: the files stay, the lock goes.
func crash(t *testing.T, d *Document) {
	t.Helper()
	if err := d.FlushJournal(); err != nil {
		t.Fatal(err)
	}
	j := d.journal
	j.mu.Lock()
	j.closed = true // a write the timer still has in store does nothing
	j.mu.Unlock()
	j.io.Lock()
	j.closeFile()
	j.lock.Close()
	j.io.Unlock()
	d.journal = nil
}

// state is everything a restored document must have as the original had
// it: the rows, the extra columns, the files, the undo position and labels.
func state(d *Document) string {
	return fmt.Sprintf("%s cols=%q path=%q source=%q dirty=%v undo=%q redo=%q pos=%d/%d",
		snapshot(d), d.roster.ExtraColumns, d.path, d.source, d.Dirty(),
		d.UndoLabel(), d.RedoLabel(), d.history.pos, len(d.history.edits))
}

// readJournal reads d's journal file as it is on disk.
func readJournal(t *testing.T, d *Document) journalContents {
	t.Helper()
	data, err := os.ReadFile(d.journal.file(journalExt))
	if err != nil {
		t.Fatal(err)
	}
	return readFrames(data)
}

// crashAndRestore crashes d (crash) and restores the one journal in dir,
// as the next start would; the restored list's journal is closed at the
// test's end.
func crashAndRestore(t *testing.T, d *Document, dir string) *Document {
	t.Helper()
	crash(t, d)
	got, err := recoverOne(t, dir).Restore()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { got.CloseJournal() })
	return got
}

// recoverOne finds the one journal in dir and returns its document.
func recoverOne(t *testing.T, dir string) *Recovered {
	t.Helper()
	found, problems := FindRecoverable(dir)
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	if len(found) != 1 {
		t.Fatalf("found %d journals, want 1", len(found))
	}
	return found[0]
}

// everyKindOfEdit runs each command of the editor at least once, with
// undos and redos between, on the sample list.
func everyKindOfEdit(t *testing.T, d *Document) {
	d.SetCell(findRow(t, d, "Noah"), FieldColumn(roster.Class), "9C")
	d.SetCell(findRow(t, d, "Noah"), Column(roster.NumFields), "flyttar")
	d.Fill([]roster.RowID{1, 2, 3}, FieldColumn(roster.School), "Norrskolan")
	d.ClearCells([]roster.RowID{1, 2}, []Column{0, 1})
	d.SetProtected([]roster.RowID{4, 5}, true)
	d.SetLeftOut([]roster.RowID{6, 8}, true)
	d.SetLeftOut([]roster.RowID{8}, false)
	ids := d.InsertRows(3, 2)
	d.SetCell(ids[0], FieldColumn(roster.FirstName), "Ny")
	d.DeleteRows([]roster.RowID{2, 3, 7, 28})
	d.Undo()
	d.Redo()
	d.Paste(d.Len()-1, 0, "a@x.se\tA\tB\r\nb@x.se\tC\u200b\tD\u00ad\r\nc@x.se\tE\tF\r\n")
	d.SetCell(findRow(t, d, "Noah"), FieldColumn(roster.LastName), "\u202eBerg")
	d.ApplyFixes(check.CodeClassFormat)
	d.Sort(FieldColumn(roster.LastName), false)
	d.DeleteRows(ids)
	d.Undo()
	d.Undo()
	d.Sort(FieldColumn(roster.Class), true)
	d.Undo() // leaves a redo to restore
}

func TestJournalRestoresTheDocumentAndItsUndoHistory(t *testing.T) {
	dir := t.TempDir()
	d := openSample(t)
	startJournal(t, d, dir)
	everyKindOfEdit(t, d)
	got := crashAndRestore(t, d, dir)
	if state(got) != state(d) {
		t.Fatalf("restored:\n%s\nwant:\n%s", state(got), state(d))
	}
	assertSameHistory(t, got, d)
	// New rows get ids no row of the history has.
	id := got.InsertRows(0, 1)[0]
	for _, e := range got.history.edits[:len(got.history.edits)-1] {
		for _, c := range e.changes {
			if ins, ok := c.(insertRows); ok {
				for _, row := range ins.rows {
					if row.ID == id {
						t.Fatalf("new row got id %d, which the history already uses", id)
					}
				}
			}
		}
	}
}

// TestJournalSnapshotsKeepTheWholeHistory starts the journal after the
// edits, as for a restored list, so that the restored history comes from
// the snapshot alone.
func TestJournalSnapshotsKeepTheWholeHistory(t *testing.T) {
	dir := t.TempDir()
	d := openSample(t)
	everyKindOfEdit(t, d)
	startJournal(t, d, dir)
	if n := len(readJournal(t, d).records); n != 1 {
		t.Fatalf("%d records, want the snapshot alone", n)
	}
	got := crashAndRestore(t, d, dir)
	assertSameHistory(t, got, d)
}

// assertSameHistory checks that got is want, and that undo and redo walk
// the same way through both, to the first edit and back.
func assertSameHistory(t *testing.T, got, want *Document) {
	t.Helper()
	d := want
	if state(got) != state(d) {
		t.Fatalf("restored:\n%s\nwant:\n%s", state(got), state(d))
	}
	assertChecked(t, got)
	for {
		_, ok1 := d.Undo()
		_, ok2 := got.Undo()
		if ok1 != ok2 || state(got) != state(d) {
			t.Fatalf("after undo: restored:\n%s\nwant:\n%s", state(got), state(d))
		}
		if !ok1 {
			break
		}
	}
	for {
		_, ok1 := d.Redo()
		_, ok2 := got.Redo()
		if ok1 != ok2 || state(got) != state(d) {
			t.Fatalf("after redo: restored:\n%s\nwant:\n%s", state(got), state(d))
		}
		if !ok1 {
			break
		}
	}
	assertChecked(t, got)
}

func TestJournalKeepsEveryEditAcrossSnapshots(t *testing.T) {
	dir := t.TempDir()
	d := openSample(t)
	startJournal(t, d, dir)
	d.journal.compactAt = 2000 // a new snapshot every few edits
	row := findRow(t, d, "Noah")
	for i := range 200 {
		d.SetCell(row, FieldColumn(roster.School), fmt.Sprintf("Skola %d", i))
		if i%3 == 0 {
			d.Undo()
			d.Redo()
		}
		if err := d.FlushJournal(); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(readJournal(t, d).records); n > 100 {
		t.Errorf("%d records after 200 edits and 134 undos and redos: no new snapshot was written", n)
	}
	got := crashAndRestore(t, d, dir)
	if state(got) != state(d) {
		t.Fatalf("restored:\n%s\nwant:\n%s", state(got), state(d))
	}
}

func TestJournalWritesAfterTheDelayNotBefore(t *testing.T) {
	dir := t.TempDir()
	d := openSample(t)
	m := startJournal(t, d, dir)
	path := d.journal.file(journalExt)
	d.SetCell(findRow(t, d, "Noah"), FieldColumn(roster.Class), "9C")
	d.SetCell(findRow(t, d, "Noah"), FieldColumn(roster.School), "Norrskolan")
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("journal written before the delay: %v", err)
	}
	if len(m.fns) != 1 || m.delays[0] != JournalDelay {
		t.Fatalf("scheduled %d writes with delays %v, want one after %v", len(m.fns), m.delays, JournalDelay)
	}
	m.fire()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("journal not written when the timer fired: %v", err)
	}
	d.SetCell(findRow(t, d, "Noah"), FieldColumn(roster.Class), "9D")
	if len(m.fns) != 1 {
		t.Fatalf("a change after a write scheduled %d writes, want 1", len(m.fns))
	}
}

func TestJournalGoesWhenNothingIsUnsaved(t *testing.T) {
	cases := map[string]func(t *testing.T, d *Document){
		"save": func(t *testing.T, d *Document) {
			if err := d.Save(filepath.Join(t.TempDir(), "lista.xlsx")); err != nil {
				t.Fatal(err)
			}
		},
		"undo to the saved state": func(t *testing.T, d *Document) { d.Undo() },
		"close (don't save)": func(t *testing.T, d *Document) {
			if err := d.CloseJournal(); err != nil {
				t.Fatal(err)
			}
		},
	}
	for name, end := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			d := openSample(t)
			startJournal(t, d, dir)
			d.SetCell(findRow(t, d, "Noah"), FieldColumn(roster.Class), "9C")
			if err := d.FlushJournal(); err != nil {
				t.Fatal(err)
			}
			if n := len(dirNames(t, dir)); n != 2 {
				t.Fatalf("%d files after an edit, want the journal and its lock", n)
			}
			end(t, d)
			if err := d.FlushJournal(); err != nil {
				t.Fatal(err)
			}
			names := dirNames(t, dir)
			for _, n := range names {
				if filepath.Ext(n) == journalExt {
					t.Fatalf("journal still there: %v", names)
				}
			}
			if d.journal != nil {
				crash(t, d)
			}
			if found, problems := FindRecoverable(dir); len(found)+len(problems) != 0 {
				t.Fatalf("found %d journals and %v", len(found), problems)
			}
			if names := dirNames(t, dir); len(names) != 0 {
				t.Fatalf("files left: %v", names)
			}
		})
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestJournalFilesAreTheUsersAlone(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix modes; the folder is in the user's profile")
	}
	dir := filepath.Join(t.TempDir(), "RosterDesk", "recovery")
	d := openSample(t)
	startJournal(t, d, dir)
	d.SetCell(findRow(t, d, "Noah"), FieldColumn(roster.Class), "9C")
	d.FlushJournal()
	d.SetCell(findRow(t, d, "Noah"), FieldColumn(roster.Class), "9D")
	if err := d.FlushJournal(); err != nil {
		t.Fatal(err)
	}
	defer d.CloseJournal()
	info, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v, want 0700", info.Mode().Perm())
	}
	for _, name := range dirNames(t, dir) {
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v, want 0600", name, info.Mode().Perm())
		}
	}
}

func TestJournalsOfOpenDocumentsAreLeftAlone(t *testing.T) {
	dir := t.TempDir()
	a, b := openSample(t), openSample(t)
	startJournal(t, a, dir)
	startJournal(t, b, dir)
	a.SetCell(findRow(t, a, "Noah"), FieldColumn(roster.Class), "9A")
	b.SetCell(findRow(t, b, "Noah"), FieldColumn(roster.Class), "9B")
	a.FlushJournal()
	b.FlushJournal()
	if a.journal.id == b.journal.id {
		t.Fatal("two documents share a journal")
	}
	if found, _ := FindRecoverable(dir); len(found) != 0 {
		t.Fatalf("found %d journals of documents still open", len(found))
	}
	crash(t, b)
	r := recoverOne(t, dir)
	defer r.Discard()
	if got := CellValue(r.Doc.RowByID(findRow(t, r.Doc, "Noah")), FieldColumn(roster.Class)); got != "9B" {
		t.Fatalf("recovered the wrong journal: class %q", got)
	}
	a.SetCell(findRow(t, a, "Noah"), FieldColumn(roster.Class), "9X")
	if err := a.FlushJournal(); err != nil {
		t.Fatalf("the open document's journal broke: %v", err)
	}
	a.CloseJournal()
}

// TestJournalTimerWritesWhileEditing lets the real timer write while the
// edits go on, as in the window, and checks that the journal holds them
// all. Run with -race, it also checks that the timer's writes share
// nothing unguarded with the editing.
func TestJournalTimerWritesWhileEditing(t *testing.T) {
	dir := t.TempDir()
	d := benchDocument(30)
	if err := d.StartJournal(dir); err != nil {
		t.Fatal(err)
	}
	d.journal.delay = time.Millisecond
	d.journal.compactAt = 4000
	for i := 1; i <= 400; i++ {
		scriptStep(d, i)
		if i%50 == 0 {
			time.Sleep(3 * time.Millisecond)
		}
	}
	crash(t, d)
	r := recoverOne(t, dir)
	defer r.Discard()
	if state(r.Doc) != state(d) {
		t.Fatalf("restored:\n%s\nwant:\n%s", state(r.Doc), state(d))
	}
}
