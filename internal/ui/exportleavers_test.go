package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"rosterdesk/internal/roster"
)

// TestExportFollowsTheLeaversOfItsDate opens, on 1 September, a list with
// an end-date column and exports it dated 20 October, when one more pupil
// has left: the dialog says so and refuses until "Follow the export date"
// leaves her out; the file then holds the others only.
func TestExportFollowsTheLeaversOfItsDate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "elever.csv")
	csv := "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;Slutdatum\n" +
		"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;2026-10-15\n" +
		"otto@skola.example.se;Otto;Ek;9A;Norrskolan;Borås;elev;2026-06-15\n" +
		"aino@skola.example.se;Aino;Berg;9A;Norrskolan;Borås;elev;\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	u := newWindow(t)
	u.OpenFile(path)
	manual(u).settle()
	if u.doc == nil {
		t.Fatal("the list did not open")
	}
	if u.notices != nil {
		test.Tap(overlayButton(u, "OK"))
	}
	u.onExport()
	e := u.exporter
	if e.Blocked() || e.follow.Visible() {
		t.Fatal("the day read is refused")
	}
	e.date.SetText("20261020")
	if !e.Blocked() || !e.follow.Visible() || !strings.Contains(e.note.Text, "By 20261020, 1 more have left (end date) and 0 left out") {
		t.Fatalf("20 October: blocked %v, follow shown %v, note %q", e.Blocked(), e.follow.Visible(), e.note.Text)
	}
	if h, need := e.wrap.MinSize().Height, e.body.MinSize().Height; h < need {
		t.Errorf("the dialog's body is %v tall, its note and button need %v", h, need)
	}
	test.Tap(e.follow)
	again := u.exporter
	if again == e || again.date.Text != "20261020" || again.Blocked() || again.follow.Visible() {
		t.Fatalf("after following: a new dialog %v, date %q, blocked %v", again != e, again.date.Text, again.Blocked())
	}
	if !u.doc.Row(rowOf(t, u, "Tova")).LeftOut || !strings.Contains(u.status.Text, "2 left out") {
		t.Errorf("Tova left out %v, status %q", u.doc.Row(rowOf(t, u, "Tova")).LeftOut, u.status.Text)
	}
	again.export()
	manual(u).settle()
	if !strings.Contains(overlayText(u), "1 row written") {
		t.Errorf("no confirmation of one row: %q", overlayText(u))
	}
	for _, row := range u.doc.Roster().Rows {
		if row.Values[roster.FirstName] == "Aino" && row.LeftOut {
			t.Error("Aino, who stays, was left out")
		}
	}
}
