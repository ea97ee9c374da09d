package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/roster"
)

// leftByACrash makes the recovery folder that a session killed after
// changing Noah's class leaves: its journal, without a live lock.
func leftByACrash(t *testing.T) string {
	t.Helper()
	live, dir := t.TempDir(), t.TempDir()
	d := openSample(t)
	if err := d.StartJournal(live); err != nil {
		t.Fatal(err)
	}
	for _, row := range d.Roster().Rows {
		if row.Values[roster.FirstName] == "Noah" {
			d.SetCell(row.ID, 3, "9Ö")
		}
	}
	if err := d.FlushJournal(); err != nil {
		t.Fatal(err)
	}
	journals, _ := filepath.Glob(filepath.Join(live, "*.journal"))
	if len(journals) != 1 {
		t.Fatalf("%d journals written", len(journals))
	}
	data, err := os.ReadFile(journals[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, filepath.Base(journals[0])), data, 0o600); err != nil {
		t.Fatal(err)
	}
	d.CloseJournal()
	return dir
}

// newEmptyTestUI is the window as it starts, with no list open.
func newEmptyTestUI(t *testing.T) *UI {
	t.Helper()
	u := New(test.NewTempApp(t))
	useManualScheduler(t, u)
	u.win.Resize(fyne.NewSize(1200, 700))
	u.win.Show()
	t.Cleanup(u.win.Close)
	// Before the recovery folder goes: no write of the journal's timer
	// comes after the test.
	t.Cleanup(u.closeJournal)
	return u
}

func filesIn(t *testing.T, dir, pattern string) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil {
		t.Fatal(err)
	}
	return names
}

func TestStartOffersToRestoreAKilledSession(t *testing.T) {
	dir := leftByACrash(t)
	u := newEmptyTestUI(t)
	u.EnableRecovery(dir)
	if u.recovery == nil {
		t.Fatal("no offer to restore")
	}
	test.Tap(u.recovery.restore)
	if u.doc == nil || !u.doc.Dirty() {
		t.Fatal("the restored list is not open with its unsaved changes")
	}
	if got := cellText(u, rowOf(t, u, "Noah"), roster.Class); got != "9Ö" {
		t.Fatalf("Noah's class is %q after restoring", got)
	}
	if _, ok := u.doc.Undo(); !ok {
		t.Fatal("the restored edit cannot be undone")
	}
	// The restored list keeps a journal of its own; the old one is gone.
	u.doc.Redo()
	if err := u.doc.FlushJournal(); err != nil {
		t.Fatal(err)
	}
	if n := len(filesIn(t, dir, "*.journal")); n != 1 {
		t.Fatalf("%d journals after restoring, want the restored list's own", n)
	}
}

func TestDiscardingTheOfferRemovesTheJournal(t *testing.T) {
	dir := leftByACrash(t)
	u := newEmptyTestUI(t)
	u.EnableRecovery(dir)
	if u.recovery == nil {
		t.Fatal("no offer to restore")
	}
	test.Tap(u.recovery.discard)
	if u.doc != nil {
		t.Fatal("a list was opened")
	}
	if names := filesIn(t, dir, "*"); len(names) != 0 {
		t.Fatalf("files left: %v", names)
	}
}

func TestDamagedJournalIsSaidAndSetAside(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.journal"), []byte("not a journal"), 0o600); err != nil {
		t.Fatal(err)
	}
	u := newEmptyTestUI(t)
	u.EnableRecovery(dir)
	if u.recovery != nil {
		t.Fatal("offered to restore a damaged journal")
	}
	if !hasLabel(u.win.Canvas().Overlays().Top(), "set aside") {
		t.Fatal("the damaged journal was not reported")
	}
	if names := filesIn(t, dir, "*.damaged"); len(names) != 1 {
		t.Fatalf("set aside: %v", filesIn(t, dir, "*"))
	}
}

func TestDontSaveOnQuitRemovesTheJournal(t *testing.T) {
	dir := t.TempDir()
	u := newEmptyTestUI(t)
	u.EnableRecovery(dir)
	u.setDocument(openSample(t))
	u.doc.SetCell(u.doc.Row(0).ID, 1, "Alvina")
	if err := u.doc.FlushJournal(); err != nil {
		t.Fatal(err)
	}
	if n := len(filesIn(t, dir, "*.journal")); n != 1 {
		t.Fatalf("%d journals while editing", n)
	}
	u.onQuit()
	if u.unsaved == nil {
		t.Fatal("quitting with unsaved changes must ask first")
	}
	tapButton(t, u.win.Canvas().Overlays().Top(), "Don't save")
	if names := filesIn(t, dir, "*"); len(names) != 0 {
		t.Fatalf("files left after Don't save: %v", names)
	}
}

// hasLabel reports whether a label under o contains text.
func hasLabel(o fyne.CanvasObject, text string) bool {
	found := false
	walk(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, text) {
			found = true
		}
	})
	return found
}

// tapButton taps the button under o labelled text.
func tapButton(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	var button *widget.Button
	walk(o, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			button = b
		}
	})
	if button == nil {
		t.Fatalf("no button %q", text)
	}
	test.Tap(button)
}
