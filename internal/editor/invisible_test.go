package editor

import (
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// cellCodes returns the codes of a cell's problems.
func cellCodes(d *Document, id roster.RowID, f roster.Field) []check.Code {
	var codes []check.Code
	for _, p := range d.Checker().CellProblems(id, f) {
		codes = append(codes, p.Code)
	}
	return codes
}

// Typing or pasting a value cleans it as the import does, with the same
// warning; undo brings back the value and the warning it had.
func TestTypedAndPastedInvisibleCharactersAreRemoved(t *testing.T) {
	d := openSample(t)
	id := findRow(t, d, "Noah")
	first := FieldColumn(roster.FirstName)

	d.SetCell(id, first, "\u200bNoa\u00adh\u200b ")
	row := d.byID.At(id)
	if row.Values[roster.FirstName] != "Noah" || row.Removed(roster.FirstName) != "\u200b\u00ad" {
		t.Fatalf("typed: %+q, removed %+q", row.Values[roster.FirstName], row.Removed(roster.FirstName))
	}
	if codes := cellCodes(d, id, roster.FirstName); len(codes) != 1 || codes[0] != check.CodeInvisibleRemoved {
		t.Fatalf("typed: codes %v, want invisible_removed", codes)
	}
	assertChecked(t, d)

	// The same value typed again, clean, is an edit: the warning goes.
	d.SetCell(id, first, "Noah")
	if row.Removed(roster.FirstName) != "" || len(cellCodes(d, id, roster.FirstName)) != 0 {
		t.Fatalf("retyped: removed %+q, codes %v", row.Removed(roster.FirstName), cellCodes(d, id, roster.FirstName))
	}
	d.Undo()
	if row.Removed(roster.FirstName) != "\u200b\u00ad" || len(cellCodes(d, id, roster.FirstName)) != 1 {
		t.Fatalf("undo: removed %+q", row.Removed(roster.FirstName))
	}

	// A pasted cell of only a zero-width space is empty: required.
	at := d.Position(id)
	d.Paste(at, first, "\u200b\tLind\u2800")
	if row.Values[roster.FirstName] != "" || row.Values[roster.LastName] != "Lind" {
		t.Fatalf("pasted: %+q", row.Values)
	}
	codes := cellCodes(d, id, roster.FirstName)
	if len(codes) != 2 || codes[0] != check.CodeInvisibleRemoved || codes[1] != check.CodeMissing {
		t.Fatalf("pasted: codes %v, want invisible_removed and missing", codes)
	}
	if got := d.Checker().CellProblems(id, roster.LastName)[0].Message.String(); got != "invisible characters removed: braille blank (U+2800)" {
		t.Errorf("pasted LastName: %q", got)
	}
	assertChecked(t, d)

	// Extra columns are never exported: they keep what was typed.
	d.SetCell(id, Column(roster.NumFields), "a\u200bb")
	if got := CellValue(row, Column(roster.NumFields)); got != "a\u200bb" {
		t.Errorf("extra column: %+q", got)
	}
}
