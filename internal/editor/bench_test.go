package editor

import (
	"fmt"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/roster/rostertest"
)

// Run the editor's benchmarks at 100,000 rows, what a large
// municipality's list has:
//
//	go test ./internal/editor -run '^$' -bench . -benchmem

// benchDocument is a document of n made-up people over forty schools.
func benchDocument(n int) *Document { return newDocument(rostertest.Roster(n)) }

const benchRows = 100_000

// BenchmarkTypeInCell is the user typing a value into one cell and
// pressing Enter: the edit, its undo record, the re-check and the change
// notice, at 100,000 rows. The value alternates between a duplicate of
// another row's email and the row's own.
func BenchmarkTypeInCell(b *testing.B) {
	d := benchDocument(benchRows)
	row, other := d.Row(benchRows/2), d.Row(1)
	values := []string{other.Values[roster.Email], row.Values[roster.Email]}
	i := 0
	for b.Loop() {
		d.SetCell(row.ID, FieldColumn(roster.Email), values[i%2])
		i++
	}
}

// BenchmarkTypeInCellOnlyProblems is BenchmarkTypeInCell with the list
// filtered to the rows with problems, which an edit may add a row to.
func BenchmarkTypeInCellOnlyProblems(b *testing.B) {
	d := benchDocument(benchRows)
	row, other := d.Row(benchRows/2), d.Row(1)
	values := []string{other.Values[roster.Email], row.Values[roster.Email]}
	d.SetFilter(Filter{OnlyProblems: true})
	i := 0
	for b.Loop() {
		d.SetCell(row.ID, FieldColumn(roster.Email), values[i%2])
		i++
	}
}

// BenchmarkUndoRedo is Ctrl+Z then Ctrl+Y of one cell edit.
func BenchmarkUndoRedo(b *testing.B) {
	d := benchDocument(benchRows)
	row := d.Row(benchRows / 2)
	d.SetCell(row.ID, FieldColumn(roster.Class), "9 b")
	for b.Loop() {
		d.Undo()
		d.Redo()
	}
}

// BenchmarkSort sorts the whole list by last name, Swedish collation.
func BenchmarkSort(b *testing.B) {
	d := benchDocument(benchRows)
	desc := false
	for b.Loop() {
		d.Sort(FieldColumn(roster.LastName), desc)
		desc = !desc
	}
}

// BenchmarkFilterBySchool shows one school of forty, then all rows.
func BenchmarkFilterBySchool(b *testing.B) {
	d := benchDocument(benchRows)
	for b.Loop() {
		d.SetFilter(Filter{School: "Skola 7"})
		d.SetFilter(Filter{})
	}
}

// BenchmarkPaste1000Rows pastes a thousand rows of tab-separated text
// copied from Excel over the list, as one undoable edit.
func BenchmarkPaste1000Rows(b *testing.B) {
	d := benchDocument(benchRows)
	var sb strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&sb, "ny.%d@skola.example.se\tNy\tPerson\t7B\tSkola 3\tBorås\telev\t\r\n", i)
	}
	text := sb.String()
	for b.Loop() {
		d.Paste(5000, 0, text)
		d.Undo()
	}
}

// BenchmarkJournalSnapshot is the recovery journal's snapshot of a
// 100,000-row list, encoded on the UI goroutine at the first edit after
// opening or saving and whenever the journal has grown by its size.
func BenchmarkJournalSnapshot(b *testing.B) {
	d := benchDocument(benchRows)
	d.SetCell(d.Row(0).ID, FieldColumn(roster.School), "Norrskolan")
	b.ResetTimer()
	for b.Loop() {
		appendFrame([]byte(journalMagic), d.encodeSnapshot())
	}
}

// BenchmarkTypeInCellJournaled is BenchmarkTypeInCell with the recovery
// journal on: the edit's record is encoded when it is made.
func BenchmarkTypeInCellJournaled(b *testing.B) {
	d := benchDocument(benchRows)
	if err := d.StartJournal(b.TempDir()); err != nil {
		b.Fatal(err)
	}
	defer d.CloseJournal()
	id := d.Row(1).ID
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d.SetCell(id, FieldColumn(roster.School), fmt.Sprintf("Skola %d", i%40))
	}
}
