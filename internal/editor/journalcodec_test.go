package editor

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// A list with two "Klass" columns that disagree is restored after a crash
// with its error, which follows edits: the journal keeps which column is
// the class's twin (tester T16).
func TestJournalKeepsTwinColumns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "elever.csv")
	text := "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;Klass\n" +
		"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;9B\n"
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	startJournal(t, d, dir)
	id := d.Roster().Rows[0].ID
	d.SetCell(id, FieldColumn(roster.FirstName), "Tove")
	got := crashAndRestore(t, d, dir)
	if n := disagreements(got); n != 1 {
		t.Errorf("restored: %d columns_disagree, want 1", n)
	}
	got.SetCell(id, Column(int(roster.NumFields)+slices.Index(got.Roster().ExtraColumns, "Klass")), "")
	if n := disagreements(got); n != 0 {
		t.Errorf("the other Klass cleared: %d columns_disagree, want 0", n)
	}
}

// disagreements counts d's problems columns_disagree.
func disagreements(d *Document) int {
	n := 0
	for _, p := range d.Checker().Problems() {
		if p.Code == check.CodeColumnsDisagree {
			n++
		}
	}
	return n
}
