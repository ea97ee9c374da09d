package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"rosterdesk/internal/roster/rostertest"
)

// writeBigCSV writes a roster of n made-up people (rostertest) as a
// Swedish school system's semicolon csv.
func writeBigCSV(t *testing.T, n int) string {
	var b strings.Builder
	b.WriteString("E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;SSO-ID\r\n")
	for i := range n {
		v := rostertest.Values(i)
		b.WriteString(strings.Join(v[:], ";"))
		b.WriteString("\r\n")
	}
	path := filepath.Join(t.TempDir(), "stor lista.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestOpeningShowsProgressAndCanBeCancelled opens a large list, presses
// Cancel in the progress dialog, and checks that the list open before
// stays, also after the file has been read in the background.
func TestOpeningShowsProgressAndCanBeCancelled(t *testing.T) {
	u := newTestUI(t)
	manual(u).hold = true // the file is read on a goroutine of its own, as in the window
	before := u.doc
	u.OpenFile(writeBigCSV(t, 200_000))
	cancel := overlayButton(u, "Cancel")
	if cancel == nil {
		t.Fatal("no progress dialog with a Cancel button while the file is read")
	}
	test.Tap(cancel)
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("the progress dialog is still shown after Cancel")
	}
	manual(u).settle() // the read goes on to its end in the background
	if u.doc != before {
		t.Error("a cancelled open replaced the list")
	}
}

// TestOpeningALargeListShowsIt is the same without Cancel: the list
// comes, and the dialog goes.
func TestOpeningALargeListShowsIt(t *testing.T) {
	u := newTestUI(t)
	u.OpenFile(writeBigCSV(t, 5000))
	deadline := time.Now().Add(10 * time.Second)
	for u.doc.Len() != 5000 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if u.doc.Len() != 5000 {
		t.Fatalf("%d rows shown, want 5000", u.doc.Len())
	}
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("the progress dialog stays after the list is shown")
	}
}
