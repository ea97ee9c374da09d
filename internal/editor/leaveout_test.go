package editor

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// leaversCSV has a status column: Otto has left, Aino's status says
// nothing the program knows.
const leaversCSV = "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;Status\n" +
	"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;Aktiv\n" +
	"otto@skola.example.se;Otto;Ek;9A;Norrskolan;Borås;elev;Utskriven\n" +
	"aino@skola.example.se;Aino;Berg;9A;Norrskolan ;Borås;elev;Tjänstledig\n"

func openLeavers(t *testing.T) *Document {
	t.Helper()
	path := filepath.Join(t.TempDir(), "elever.csv")
	if err := os.WriteFile(path, []byte(leaversCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestLeaversAreLeftOutAndCounted(t *testing.T) {
	d := openLeavers(t)
	if !d.RowByID(findRow(t, d, "Otto")).LeftOut {
		t.Fatal("Otto, Utskriven, is not left out")
	}
	var notices []string
	for _, n := range d.Notices() {
		notices = append(notices, n.String())
	}
	want := []string{`left 1 row out of the upload file: the column "Status" says the person has left`,
		"removed surrounding spaces from 1 cell"}
	if !slices.Equal(notices, want) {
		t.Errorf("notices %q, want %q", notices, want)
	}
	plan := d.PlanExport(t.TempDir(), mustDate("20260901"))
	if plan.Rows != 2 || plan.LeftOut != 1 {
		t.Errorf("plan writes %d rows and leaves out %d; want 2 and 1", plan.Rows, plan.LeftOut)
	}
	var unknown []check.Problem
	for _, p := range d.Checker().Problems() {
		if p.Code == check.CodeStatusUnknown {
			unknown = append(unknown, p)
		}
	}
	if len(unknown) != 1 || unknown[0].Row != findRow(t, d, "Aino") || unknown[0].Column != "Status" {
		t.Fatalf("status_unknown problems %v, want one on Aino's Status", unknown)
	}
	d.ApplyFix(unknown[0])
	if !d.RowByID(findRow(t, d, "Aino")).LeftOut {
		t.Error("the fix did not leave Aino out")
	}
	assertChecked(t, d)
}

func TestLeaveOutFixUndoesAndAllAtOnce(t *testing.T) {
	d := openSample(t)
	a, b := findRow(t, d, "Noah"), findRow(t, d, "Alva")
	d.RowByID(a).Hidden, d.RowByID(b).Hidden = true, true
	d.checker = check.NewChecker(d.Roster()) // the reader hid them before the check
	before := snapshot(d)
	hidden := 0
	var first check.Problem
	for _, p := range d.Checker().Problems() {
		if p.Code == check.CodeRowHidden {
			if hidden == 0 {
				first = p
			}
			hidden++
			if p.Fix == nil || !p.Fix.LeaveOut || p.Field != roster.NoField {
				t.Errorf("row_hidden problem %+v, want a leave-out fix on the row", p)
			}
		}
	}
	if hidden != 2 {
		t.Fatalf("%d row_hidden problems, want 2", hidden)
	}
	d.ApplyFix(first)
	if !d.RowByID(first.Row).LeftOut {
		t.Fatal("Fix did not leave the row out")
	}
	assertChecked(t, d)
	if d.UndoLabel() != "Leave out of the file" {
		t.Errorf("undo label %q", d.UndoLabel())
	}
	d.Undo()
	if snapshot(d) != before {
		t.Fatal("undo did not take the row back into the file")
	}
	if n := d.ApplyFixes(check.CodeRowHidden); n != 2 {
		t.Errorf("Fix all left out %d rows, want 2", n)
	}
	if got := d.Roster().Count().LeftOut; got != 2 {
		t.Errorf("count of left-out rows %d, want 2", got)
	}
	for _, p := range d.Checker().Problems() {
		if p.Code == check.CodeRowHidden {
			t.Errorf("row_hidden left after Fix all: %+v", p)
		}
	}
	d.SetLeftOut([]roster.RowID{a}, false)
	if d.RowByID(a).LeftOut || d.UndoLabel() != "Take back into the file" {
		t.Errorf("taking back: left out %v, undo %q", d.RowByID(a).LeftOut, d.UndoLabel())
	}
	assertChecked(t, d)
}

// staffCSV lists staff whose titles are no role the platform takes, beside
// a teacher.
const staffCSV = "E-post;Förnamn;Efternamn;Skola;Kommun;Befattning\n" +
	"lars@skola.example.se;Lars;Ek;Norrskolan;Borås;Förstelärare\n" +
	"sara@skola.example.se;Sara;Lund;Norrskolan;Borås;Skolsköterska\n" +
	"kurt@skola.example.se;Kurt;Berg;Norrskolan;Borås;Kurator\n" +
	"elin@skola.example.se;Elin;Ahl;Norrskolan;Borås;Elevassistent\n" +
	"leo@skola.example.se;Leo;Sand;Norrskolan;Borås;Lärarstudent\n"

// TestRoleUnknownChoice: each title that is neither student nor teacher is
// an error whose fix the user picks, teacher or leave out; Fix all passes
// them by, and a row left out is counted apart, never exported.
func TestRoleUnknownChoice(t *testing.T) {
	path := filepath.Join(t.TempDir(), "personal.csv")
	if err := os.WriteFile(path, []byte(staffCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	unknown := map[roster.RowID]check.Problem{}
	for _, p := range d.Checker().Problems() {
		if p.Code == check.CodeRoleUnknown {
			unknown[p.Row] = p
		}
	}
	if len(unknown) != 4 {
		t.Fatalf("%d role_unknown problems, want 4 (all but the Förstelärare)", len(unknown))
	}
	before := snapshot(d)
	if n := d.ApplyFixes(check.CodeRoleUnknown); n != 0 || snapshot(d) != before {
		t.Fatalf("Fix all changed %d cells: the choice is the user's", n)
	}
	d.ApplyFix(unknown[findRow(t, d, "Sara")])
	if snapshot(d) != before {
		t.Fatal("ApplyFix of a choice changed the list")
	}
	d.ApplyChoice(unknown[findRow(t, d, "Sara")], 0)
	if got := d.RowByID(findRow(t, d, "Sara")).Values[roster.Role]; got != "teacher" {
		t.Errorf("Sara's role %q after choosing teacher", got)
	}
	d.ApplyChoice(unknown[findRow(t, d, "Kurt")], 1)
	d.ApplyChoice(unknown[findRow(t, d, "Leo")], 1)
	d.ApplyChoice(unknown[findRow(t, d, "Elin")], 2) // no such choice
	if !d.RowByID(findRow(t, d, "Kurt")).LeftOut || !d.RowByID(findRow(t, d, "Leo")).LeftOut || d.RowByID(findRow(t, d, "Elin")).LeftOut {
		t.Error("leave out did not leave Kurt and Leo, and only them, out")
	}
	assertChecked(t, d)
	var left []string
	for _, p := range d.Checker().Problems() {
		if p.Code == check.CodeRoleUnknown {
			left = append(left, d.RowByID(p.Row).Values[roster.FirstName])
		}
	}
	if !slices.Equal(left, []string{"Elin"}) {
		t.Errorf("role_unknown left on %q, want only Elin's", left)
	}
	plan := d.PlanExport(t.TempDir(), mustDate("20260901"))
	if plan.Rows != 3 || plan.LeftOut != 2 {
		t.Errorf("plan writes %d rows and leaves out %d; want 3 and 2", plan.Rows, plan.LeftOut)
	}
	d.Undo()
	if d.RowByID(findRow(t, d, "Leo")).LeftOut {
		t.Error("undo did not take Leo back")
	}
}

// Fix all on the rows a filter hides leaves none out: they may be a
// whole class the secretary filtered away to look at another (tester
// A16); each can still be left out by its own choice.
func TestFixAllPassesByFilteredRows(t *testing.T) {
	d, err := Open(importFixture("sheets_filtered.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if n := d.ApplyFixes(check.CodeRowHidden); n != 0 {
		t.Errorf("Fix all left %d rows out, want none", n)
	}
	for _, p := range d.Checker().Problems() {
		if p.Code == check.CodeRowHidden {
			d.ApplyChoice(p, 0)
			if !d.RowByID(p.Row).LeftOut {
				t.Error("the choice did not leave the row out")
			}
			return
		}
	}
	t.Error("no row_hidden problem")
}
