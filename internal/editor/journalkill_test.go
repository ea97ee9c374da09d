package editor

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"rosterdesk/internal/roster"
)

// childDirEnv, when set, makes TestJournalChild the editing session that
// TestKilledSessionIsRestored kills: it journals into that folder.
const childDirEnv = "ROSTERDESK_JOURNAL_CHILD_DIR"

// scriptStep is edit i of a session that never ends: typing, inserting,
// deleting, sorting, undoing and redoing, always the same for the same i.
func scriptStep(d *Document, i int) {
	n := d.Len()
	switch {
	case i%97 == 0:
		d.Sort(FieldColumn(roster.LastName), i%2 == 0)
	case i%13 == 0:
		d.InsertRows(i%(n+1), 1+i%3)
	case i%17 == 0 && n > 5:
		d.DeleteRows([]roster.RowID{d.Row(i % n).ID})
	case i%7 == 0:
		d.Undo()
	case i%11 == 0:
		d.Redo()
	case i%29 == 0:
		d.SetProtected([]roster.RowID{d.Row(i % n).ID}, i%2 == 0)
	default:
		d.SetCell(d.Row(i%n).ID, Column(i%int(roster.NumFields)), fmt.Sprintf("Värde %d", i))
	}
}

// TestJournalChild is the session that is killed; it runs only as the
// child of TestKilledSessionIsRestored. It edits without end, and after
// every few edits writes its journal and says how many edits it holds.
func TestJournalChild(t *testing.T) {
	dir := os.Getenv(childDirEnv)
	if dir == "" {
		t.Skip("runs only as the child of TestKilledSessionIsRestored")
	}
	d := benchDocument(50)
	if err := d.StartJournal(dir); err != nil {
		fmt.Println("error", err)
		return
	}
	d.journal.delay = time.Millisecond // the timer writes too, between flushes
	d.journal.compactAt = 20_000       // and new snapshots often
	for i := 1; ; i++ {
		scriptStep(d, i)
		if i%5 == 0 {
			if err := d.FlushJournal(); err != nil {
				fmt.Println("error", err)
				return
			}
			fmt.Println("committed", i)
		}
	}
}

// TestKilledSessionIsRestored runs an editing session in a child process,
// kills it (SIGKILL on Unix) in the middle of its edits, and checks that
// the journal it left gives back every edit it had committed: the list
// after exactly the first k edits, for a k no smaller than the last count
// the child reported.
func TestKilledSessionIsRestored(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestJournalChild$", "-test.v=false")
	cmd.Env = append(os.Environ(), childDirEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	committed := 0
	lines := bufio.NewScanner(out)
	for committed < 2000 && lines.Scan() {
		line := lines.Text()
		if n, ok := strings.CutPrefix(line, "committed "); ok {
			committed, _ = strconv.Atoi(n)
		} else if strings.HasPrefix(line, "error") {
			t.Fatalf("child: %s", line)
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if committed < 2000 {
		t.Fatalf("the child stopped after %d edits", committed)
	}

	r := recoverOne(t, dir)
	defer r.Discard()
	if !r.Warning.IsZero() {
		t.Fatalf("warning: %v", r.Warning)
	}
	got := state(r.Doc)
	want := benchDocument(50)
	for i := 1; i < committed+100_000; i++ {
		scriptStep(want, i)
		if i >= committed && state(want) == got {
			t.Logf("killed after %d committed edits; restored %d", committed, i)
			assertChecked(t, r.Doc)
			return
		}
	}
	t.Fatalf("the restored list is not the list after %d or more edits:\n%s", committed, got)
}
