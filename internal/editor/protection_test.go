package editor

import (
	"os"
	"path/filepath"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// markCSV has a recognised mark column with an unclear mark on row 3 and
// a column that sounds like a mark on no one's word.
const markCSV = "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;Skyddad identitet;Spärrkod\n" +
	"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;Nej;\n" +
	"aino@skola.example.se;Aino;Berg;9A;Norrskolan;Borås;elev;Ja, skyddad;\n" +
	"otto@skola.example.se;Otto;Ek;9A;Norrskolan;Borås;elev;;S\n"

func openMarks(t *testing.T) *Document {
	t.Helper()
	path := filepath.Join(t.TempDir(), "elever.csv")
	if err := os.WriteFile(path, []byte(markCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestOpenListsTheReadersProblems(t *testing.T) {
	d := openMarks(t)
	errs, warns := d.Checker().Counts()
	if errs != 1 || warns != 1 {
		t.Fatalf("counts %d errors, %d warnings; want the unknown column and the unclear mark", errs, warns)
	}
	got := map[check.Code]bool{}
	for _, p := range d.Checker().Problems() {
		got[p.Code] = true
	}
	if !got[check.CodeProtectedColumnUnknown] || !got[check.CodeProtectedValue] {
		t.Errorf("problems %v", got)
	}
}

func TestSettleMarkColumnMarks(t *testing.T) {
	d := openMarks(t)
	otto := findRow(t, d, "Otto")
	before := snapshot(d)
	d.SettleMarkColumn("Spärrkod", true)
	if !d.RowByID(otto).Protected || d.RowByID(findRow(t, d, "Tova")).Protected {
		t.Fatalf("marks: Otto (S) protected %v, Tova (empty) protected too?", d.RowByID(otto).Protected)
	}
	codes := map[check.Code]int{}
	for _, p := range d.Checker().Problems() {
		codes[p.Code]++
		if p.Code == check.CodeProtectedValue && p.Row == otto && p.Column != "Spärrkod" {
			t.Errorf("Otto's warning names column %q", p.Column)
		}
	}
	if codes[check.CodeProtectedColumnUnknown] != 0 || codes[check.CodeProtectedValue] != 2 {
		t.Errorf("after marks: problems %v, want no unknown column and two unclear marks", codes)
	}
	if d.UndoLabel() == "" {
		t.Fatal("nothing to undo")
	}
	d.Undo()
	if snapshot(d) != before || d.Roster().Settled("Spärrkod") {
		t.Errorf("undo: rows or settled state not as before")
	}
	if errs, warns := d.Checker().Counts(); errs != 1 || warns != 1 {
		t.Errorf("undo: %d errors, %d warnings, want 1, 1", errs, warns)
	}
	d.Redo()
	if !d.RowByID(otto).Protected || !d.Roster().Settled("Spärrkod") {
		t.Errorf("redo: Otto protected %v", d.RowByID(otto).Protected)
	}
}

func TestSettleMarkColumnNotAMark(t *testing.T) {
	d := openMarks(t)
	before := snapshot(d)
	d.SettleMarkColumn("Spärrkod", false)
	if snapshot(d) != before {
		t.Errorf("not a mark: rows changed")
	}
	if errs, _ := d.Checker().Counts(); errs != 0 {
		t.Errorf("not a mark: %d errors", errs)
	}
	d.SettleMarkColumn("Spärrkod", true) // already settled: nothing
	if snapshot(d) != before {
		t.Errorf("settled twice: rows changed")
	}
	d.Undo()
	if errs, _ := d.Checker().Counts(); errs != 1 {
		t.Errorf("undo: %d errors, want the unknown column again", errs)
	}
}

func TestJournalKeepsSettledColumns(t *testing.T) {
	dir := t.TempDir()
	d := openMarks(t)
	startJournal(t, d, dir)
	d.SettleMarkColumn("Spärrkod", true)
	d.SetCell(findRow(t, d, "Tova"), FieldColumn(roster.Class), "9B")
	got := crashAndRestore(t, d, dir)
	if state(got) != state(d) || !got.Roster().Settled("Spärrkod") {
		t.Fatalf("restored:\n%s\nwant:\n%s", state(got), state(d))
	}
	if errs, _ := got.Checker().Counts(); errs != 0 {
		t.Errorf("restored: %d errors, want the column still settled", errs)
	}
	got.Undo()
	got.Undo()
	if got.Roster().Settled("Spärrkod") || got.RowByID(findRow(t, got, "Otto")).Protected {
		t.Errorf("restored history: undo did not take the choice back")
	}
}
