package sheet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/schooldata"
)

// codes lists the codes of problems, in order.
func codes(ps []check.Problem) []check.Code {
	var out []check.Code
	for _, p := range ps {
		out = append(out, p.Code)
	}
	return out
}

// A working copy saved while the word on protected identity is owed
// reads back waiting for it, with the protection of each row as it was:
// before, it read back as a list in which no one is protected, and was
// exported with everyone (tester T48).
func TestUndecidedWorkingCopyReadsBackUndecided(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lista.xlsx")
	if err := SaveUndecidedWorkingCopy(path, simpleRoster(), nil); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !imp.IsWorkingCopy() || !imp.ProtectedUnknown || !imp.MarksUndecided {
		t.Fatalf("working copy %v, protected unknown %v, undecided %v", imp.IsWorkingCopy(), imp.ProtectedUnknown, imp.MarksUndecided)
	}
	if got := codes(imp.Problems); len(got) != 1 || got[0] != check.CodeProtectedUnknown {
		t.Errorf("problems %v, want protected_unknown alone", got)
	}
	if rows := imp.Roster.Rows; len(rows) != 2 || rows[0].Protected || !rows[1].Protected {
		t.Errorf("protected: %v, %v; want as saved", rows[0].Protected, rows[1].Protected)
	}
	if got := WorkingCopyRecords(imp.Roster); got[1][len(got[1])-1] != "" {
		t.Errorf("Protected cell %q", got[1][len(got[1])-1])
	}

	// The word given (roster --no-protected-marks): no error, no one protected anew.
	imp, err = ReadFileWith(path, ReadOptions{SchoolData: schooldata.Options{NoProtectedMarks: true}})
	if err != nil {
		t.Fatal(err)
	}
	if imp.ProtectedUnknown || !imp.MarksUndecided || len(imp.Problems) != 0 || imp.Roster.Rows[0].Protected {
		t.Errorf("with the word: unknown %v, undecided %v, problems %v", imp.ProtectedUnknown, imp.MarksUndecided, codes(imp.Problems))
	}

	// Saved again as it was read, it stays undecided.
	again := filepath.Join(t.TempDir(), "igen.xlsx")
	imp, _ = ReadFile(path)
	if err := SaveUndecidedWorkingCopy(again, imp.Roster, nil); err != nil {
		t.Fatal(err)
	}
	if imp, err := ReadFile(again); err != nil || !imp.ProtectedUnknown {
		t.Errorf("saved again: %v", err)
	}
}

// Read any other way than as a working copy, "unknown" is no explicit
// no: the row is protected (fail closed).
func TestUnknownMarkOutsideAWorkingCopyProtects(t *testing.T) {
	var b strings.Builder
	for _, f := range roster.Fields {
		b.WriteString(f.String() + ",")
	}
	b.WriteString("Protected\na@b.se,Ann,Berg,9A,Skola,Borås,student,,unknown\n")
	path := filepath.Join(t.TempDir(), "lista.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !imp.Roster.Rows[0].Protected || imp.ProtectedUnknown {
		t.Errorf("protected %v, unknown %v", imp.Roster.Rows[0].Protected, imp.ProtectedUnknown)
	}
}

// A working copy saved with the word given, or of a list that never
// owed it, says nothing of it.
func TestDecidedWorkingCopyHasNoUnknown(t *testing.T) {
	for _, rec := range WorkingCopyRecords(simpleRoster()) {
		if rec[len(rec)-1] == protectedUnknownWord {
			t.Fatalf("record %q", rec)
		}
	}
}
