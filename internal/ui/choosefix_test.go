package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// TestRoleUnknownChooseInTheWindow opens a staff list with a school nurse
// and a counsellor: their role problems offer Choose… (no Fix all), whose
// dialog says the row and the value and makes one a teacher and leaves
// the other out of the file, counted in the status bar.
func TestRoleUnknownChooseInTheWindow(t *testing.T) {
	path := filepath.Join(t.TempDir(), "personal.csv")
	csv := "E-post;Förnamn;Efternamn;Skola;Kommun;Befattning\n" +
		"lars@skola.example.se;Lars;Ek;Norrskolan;Borås;Lärare\n" +
		"sara@skola.example.se;Sara;Lund;Norrskolan;Borås;Skolsköterska\n" +
		"kurt@skola.example.se;Kurt;Berg;Norrskolan;Borås;Kurator\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	u := newWindow(t)
	u.OpenFile(path)
	if u.doc == nil {
		t.Fatal("the list did not open")
	}
	if u.notices != nil {
		test.Tap(overlayButton(u, "OK"))
	}
	lines := map[string]problemItem{}
	for _, it := range u.problems.items {
		if it.heading && it.code == check.CodeRoleUnknown && it.fixable != 0 {
			t.Errorf("the heading offers Fix all for %d role choices", it.fixable)
		}
		if !it.heading && it.p.Code == check.CodeRoleUnknown {
			lines[u.doc.RowByID(it.p.Row).Values[roster.FirstName]] = it
		}
	}
	sara, kurt := lines["Sara"], lines["Kurt"]
	if len(lines) != 2 || !sara.hasButton() || !kurt.hasButton() {
		t.Fatalf("role_unknown lines %+v, want Sara's and Kurt's with a button", lines)
	}
	u.problems.onFix(sara.p)
	said := overlayText(u)
	for _, want := range []string{`Row 3, Role "Skolsköterska": the role must be "student" or "teacher"`,
		"Make the person a teacher, or leave the row out of the file.", "never exported"} {
		if !strings.Contains(said, want) {
			t.Errorf("the dialog does not say %q:\n%s", want, said)
		}
	}
	test.Tap(overlayButton(u, `Change to "teacher"`))
	if got := u.doc.Row(rowOf(t, u, "Sara")).Values[roster.Role]; got != "teacher" {
		t.Errorf("Sara's role %q after choosing teacher", got)
	}
	u.problems.onFix(kurt.p)
	test.Tap(overlayButton(u, "Leave out of the file"))
	if !u.doc.Row(rowOf(t, u, "Kurt")).LeftOut || !strings.Contains(u.status.Text, "1 left out") {
		t.Errorf("Kurt left out %v, status %q", u.doc.Row(rowOf(t, u, "Kurt")).LeftOut, u.status.Text)
	}
	if e, _ := u.doc.Checker().Counts(); e != 0 {
		t.Errorf("%d errors left after both choices", e)
	}
	u.problems.onFix(sara.p) // Cancel changes nothing
	before := u.doc.UndoLabel()
	test.Tap(overlayButton(u, "Cancel"))
	if u.doc.UndoLabel() != before || u.win.Canvas().Overlays().Top() != nil {
		t.Error("Cancel changed the list or left the dialog open")
	}
}
