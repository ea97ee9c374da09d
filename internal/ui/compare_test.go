package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rosterdesk/assets"
	"rosterdesk/internal/roster"
)

// TestCompareWithTheSameFile compares the sample list with itself:
// nothing changed, nothing is gone.
func TestCompareWithTheSameFile(t *testing.T) {
	u := newTestUI(t)
	path := filepath.Join(t.TempDir(), "previous.csv")
	if err := os.WriteFile(path, assets.SampleRoster, 0o600); err != nil {
		t.Fatal(err)
	}
	u.compareWith(path)
	cv := u.comparison
	if cv == nil {
		t.Fatal("the file was not read")
	}
	if len(cv.diff.Changes) != 0 || cv.warning.Visible() {
		t.Errorf("changes %d, warning shown %v", len(cv.diff.Changes), cv.warning.Visible())
	}
	if !strings.Contains(cv.summary.Text, "0 added, 0 removed") {
		t.Errorf("summary %q", cv.summary.Text)
	}
}

// TestCompareShowsChangesAndLoss compares with a previous export in which
// Elias was in 9B, Hugo at another school and a pupil who has since
// gone, and then with one where most of the list is gone: the changes are listed, a click goes to the
// row, and the warning about the lost share shows.
func TestCompareShowsChangesAndLoss(t *testing.T) {
	u := newTestUI(t)
	prev := "Email,FirstName,LastName,Class,School,Municipality,Role,SSOID\n" +
		"alva.lindqvist@elev.solbacka.se,Alva,Lindqvist,9A,Solbackaskolan,Borås,student,\n" +
		"elias.bergstrom@elev.solbacka.se,Elias,Bergström,9B,Solbackaskolan,Borås,student,\n" +
		"gustav.gone@elev.solbacka.se,Gustav,Gone,9A,Solbackaskolan,Borås,student,\n" +
		"hugo.nystrom@elev.solbacka.se,Hugo,Nyström,9B,Ekbackens skola,Borås,student,\n" +
		"ella.akesson@elev.solbacka.se,Ella,Åkesson,9B,Solbackaskolan,Borås,student,\n" +
		"oscar.lundgren@elev.solbacka.se,Oscar,Lundgren,8A,Solbackaskolan,Borås,student,\n" +
		"alice.hedlund@elev.solbacka.se,Alice,Hedlund,8A,Solbackaskolan,Borås,student,\n" +
		"ebba.falk@elev.ekbacken.se,Ebba,Falk,7A,Ekbackens skola,Borås,student,\n" +
		"stella.kvist@elev.ekbacken.se,Stella,Kvist,7B,Ekbackens skola,Borås,student,\n"
	path := filepath.Join(t.TempDir(), "Binogi_Borås_20250901.csv")
	if err := os.WriteFile(path, []byte(prev), 0o600); err != nil {
		t.Fatal(err)
	}
	u.compareWith(path)
	cv := u.comparison
	if cv == nil {
		t.Fatal("the file was not read")
	}
	var lines []string
	for i := range cv.diff.Changes {
		lines = append(lines, u.compareLine(cv.diff.Changes[i]))
	}
	text := strings.Join(lines, "\n")
	for _, want := range []string{"Elias Bergström moved class: 9B → 9A", "Hugo Nyström moved school: Ekbackens skola → Solbackaskolan",
		"Removed: Gustav Gone, 9A Solbackaskolan",
		"Row 7: Added: Maja Holmgren, 9 a Solbackaskolan"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, text)
		}
	}
	if cv.warning.Visible() {
		t.Error("1 of 9 gone is no large loss")
	}

	// Click the move of Hugo: the grid goes to his row.
	for i, c := range cv.diff.Changes {
		if c.Kind == roster.MovedSchool {
			cv.list.Select(i)
		}
	}
	if row, _ := u.grid.Cursor(); row != rowOf(t, u, "Hugo") {
		t.Errorf("cursor on row %d, Hugo is on %d", row, rowOf(t, u, "Hugo"))
	}

	// A previous list mostly gone: the warning shows.
	two := strings.Join(strings.Split(prev, "\n")[:2], "\n") + "\n" +
		"x1@elev.solbacka.se,Xa,Yb,9A,Solbackaskolan,Borås,student,\n" +
		"x2@elev.solbacka.se,Xc,Yd,9A,Solbackaskolan,Borås,student,\n"
	if err := os.WriteFile(path, []byte(two), 0o600); err != nil {
		t.Fatal(err)
	}
	u.compareWith(path)
	cv = u.comparison
	if !cv.warning.Visible() || !strings.Contains(cv.warning.Text, "2 of the 3 people") {
		t.Errorf("warning shown %v: %q", cv.warning.Visible(), cv.warning.Text)
	}
}
