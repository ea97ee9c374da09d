package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// waitForPasswordEntry waits for the password dialog and returns its
// entry.
func waitForPasswordEntry(t *testing.T, u *UI) *widget.Entry {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		var e *widget.Entry
		fyne.DoAndWait(func() {
			o := overlayWidget(u, func(o fyne.CanvasObject) bool {
				x, ok := o.(*widget.Entry)
				return ok && x.Password
			})
			e, _ = o.(*widget.Entry)
		})
		if e != nil {
			return e
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("no password dialog")
	return nil
}

func overlayHasLabel(u *UI, text string) bool {
	return overlayWidget(u, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && l.Text == text
	}) != nil
}

func TestEncryptedWorkbookAsksForItsPassword(t *testing.T) {
	u := newTestUI(t)
	before := u.doc
	data, err := os.ReadFile(filepath.Join("..", "sheet", "testdata", "hostile", "encrypted.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "låst.xlsx")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}

	// A wrong password asks again, saying so.
	u.OpenFile(path)
	entry := waitForPasswordEntry(t, u)
	if !overlayHasLabel(u, "The workbook is protected with a password. Type it to open the file.") {
		t.Error("the dialog does not say why it asks")
	}
	test.Type(entry, "fel")
	test.Tap(overlayButton(u, "Open"))
	deadline := time.Now().Add(10 * time.Second)
	for !overlayHasLabel(u, "The password is not correct. Try again.") {
		if time.Now().After(deadline) {
			t.Fatal("a wrong password is not told")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if u.doc != before {
		t.Fatal("a wrong password replaced the list")
	}

	// Cancel keeps the list open before.
	waitForPasswordEntry(t, u)
	test.Tap(overlayButton(u, "Cancel"))
	if u.win.Canvas().Overlays().Top() != nil || u.doc != before {
		t.Fatal("Cancel did not leave the list as it was")
	}

	// The right password opens it.
	u.OpenFile(path)
	entry = waitForPasswordEntry(t, u)
	test.Type(entry, "hemligt")
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	deadline = time.Now().Add(10 * time.Second)
	for u.doc == before && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if u.doc == before || u.doc.Len() != 3 {
		t.Fatalf("the right password did not open the list (%d rows)", u.doc.Len())
	}
}
