package editor

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// problemsOf lists every problem of d in words, and what the export
// asks about protected identity.
func problemsOf(d *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "format=%q word=%v leavers=%v\n", d.SourceFormat(), d.NeedsNoMarksConfirmation(), d.leaversDay.UTC().Format(time.RFC3339Nano))
	for _, p := range d.Checker().Problems() {
		fix := ""
		if p.Fix != nil {
			fix = p.Fix.Label.String()
		}
		fmt.Fprintf(&b, "%d %v %s %s %q %q %q\n", p.Row, p.Field, p.Severity, p.Code, p.Column, p.Message.String(), fix)
	}
	errs, warns := d.Checker().Counts()
	fmt.Fprintf(&b, "%d errors, %d warnings", errs, warns)
	return b.String()
}

// editAndCrash changes a cell of a row that is not protected, so that
// there is something to recover, and crashes.
func editAndCrash(t *testing.T, d *Document, dir string) {
	t.Helper()
	startJournal(t, d, dir)
	for _, row := range d.Roster().Rows {
		if !row.Protected {
			d.SetCell(row.ID, FieldColumn(roster.FirstName), row.Values[roster.FirstName]+"x")
			break
		}
	}
	crash(t, d)
}

// restoreAfterCrash edits d, crashes, and restores it.
func restoreAfterCrash(t *testing.T, d *Document) *Document {
	t.Helper()
	dir := t.TempDir()
	editAndCrash(t, d, dir)
	got, err := recoverOne(t, dir).Restore()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { got.CloseJournal() })
	return got
}

// markLikeCSV holds a protection term under a column that is not a mark
// by its header, and a leavers' column.
const markLikeCSV = "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;Anmärkning;Slutdatum\n" +
	"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;;\n" +
	"aino@skola.example.se;Aino;Berg;9A;Norrskolan;Borås;elev;Skyddad folkbokföring;\n" +
	"otto@skola.example.se;Otto;Ek;9A;Norrskolan;Borås;elev;;2020-06-30\n"

func openText(t *testing.T, name, text string) *Document {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// A list restored after a crash has every problem its file was read with,
// its format and whether its export waits for the word on protected
// identity: before, a list from an SDS or OneRoster export lost its
// error protected_unknown and was exported with no box ticked, and a
// flat file's protected rows lost the warnings that say why (tester T48).
func TestJournalKeepsWhatTheFileWasReadWith(t *testing.T) {
	open := func(path string) func(t *testing.T) *Document {
		return func(t *testing.T) *Document {
			d, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			return d
		}
	}
	for name, open := range map[string]func(t *testing.T) *Document{
		"SDS":       open(filepath.Join("..", "schooldata", "testdata", "sds.zip")),
		"OneRoster": open(filepath.Join("..", "schooldata", "testdata", "oneroster.zip")),
		"SS12000":   open(filepath.Join("..", "schooldata", "testdata", "ss12000-combined.json")),
		"marks":     openMarks,
		"mark-like": func(t *testing.T) *Document { return openText(t, "elever.csv", markLikeCSV) },
	} {
		t.Run(name, func(t *testing.T) {
			d := open(t)
			want := problemsOf(d)
			got := restoreAfterCrash(t, d)
			if problemsOf(got) != problemsOf(d) {
				t.Fatalf("restored:\n%s\nwant:\n%s", problemsOf(got), problemsOf(d))
			}
			got.Undo()
			if problemsOf(got) != want {
				t.Errorf("restored, undone:\n%s\nwant as read:\n%s", problemsOf(got), want)
			}
		})
	}
}

// The restored SDS list is blocked by protected_unknown until the box is
// ticked, as the list read was.
func TestJournalRestoredSchoolDataWaitsForTheWord(t *testing.T) {
	d, err := Open(filepath.Join("..", "schooldata", "testdata", "sds.zip"))
	if err != nil {
		t.Fatal(err)
	}
	got := restoreAfterCrash(t, d)
	if !got.NeedsNoMarksConfirmation() || got.SourceFormat() != "SDS" {
		t.Fatalf("restored: needs the word %v, format %q", got.NeedsNoMarksConfirmation(), got.SourceFormat())
	}
	p := got.PlanExport(t.TempDir(), time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
	if len(p.Blocking()) != 1 || p.Blocking()[0].Code != check.CodeProtectedUnknown {
		t.Fatalf("blocking %v", p.Blocking())
	}
	if _, err := got.Export(p); err != ErrHasErrors {
		t.Errorf("export without the word: %v", err)
	}
}

// What a file added to the list brings (its problems, the word on
// protected identity) and the warnings of a column settled as marks are
// in no edit record: the journal writes them in a new snapshot.
func TestJournalKeepsWhatEditsHold(t *testing.T) {
	d := openMarks(t)
	dir := t.TempDir()
	startJournal(t, d, dir)
	imp, err := sheet.ReadFile(filepath.Join("..", "schooldata", "testdata", "sds.zip"))
	if err != nil {
		t.Fatal(err)
	}
	d.AddRows(imp)
	d.SettleMarkColumn("Spärrkod", true)
	crash(t, d)
	got, err := recoverOne(t, dir).Restore()
	if err != nil {
		t.Fatal(err)
	}
	defer got.CloseJournal()
	if problemsOf(got) != problemsOf(d) || !got.NeedsNoMarksConfirmation() {
		t.Fatalf("restored:\n%s\nwant:\n%s", problemsOf(got), problemsOf(d))
	}
}
