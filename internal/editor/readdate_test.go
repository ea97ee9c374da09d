package editor

import (
	"path/filepath"
	"testing"
	"time"

	"rosterdesk/internal/sheet"
)

// An SS12000 export read for a day of term holds its pupils; for a day of
// the summer, after every enrolment ended, the list reads otherwise, and
// Reread reads it for that day with the options it was opened with.
func TestRereadForAnotherDate(t *testing.T) {
	term := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	summer := time.Date(2026, 6, 13, 0, 0, 0, 0, time.UTC)
	p := filepath.Join("..", "schooldata", "testdata", "ss12000")
	d, err := OpenWith(p, sheet.ReadOptions{Date: term, Municipality: "Lerum"})
	if err != nil {
		t.Fatal(err)
	}
	if !d.ReadFor().Equal(term) || !d.SameOn(term.AddDate(0, 4, 0)) || d.SameOn(summer) {
		t.Fatalf("read for %v; same on 15 May %v, on 13 June %v", d.ReadFor(), d.SameOn(term.AddDate(0, 4, 0)), d.SameOn(summer))
	}
	if c := d.Roster().Count(); c.Students == 0 {
		t.Fatal("no students in term")
	}
	again, err := d.Reread(summer)
	if err != nil {
		t.Fatal(err)
	}
	c := again.Roster().Count()
	if !again.ReadFor().Equal(summer) || !again.SameOn(summer) || c.Students != 0 || c.Teachers == 0 {
		t.Errorf("read again for %v: %+v", again.ReadFor(), c)
	}
	if m := again.Roster().Municipality(); m != "Lerum" {
		t.Errorf("the options were not kept: municipality %q", m)
	}
	// A mapping read again keeps the date.
	mapped, err := again.Remap(nil)
	if err != nil || !mapped.ReadFor().Equal(summer) {
		t.Errorf("remapped: read for %v, %v", mapped.ReadFor(), err)
	}
}

// A new list hangs on no date.
func TestNewListHangsOnNoDate(t *testing.T) {
	if d := New(); !d.SameOn(time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)) || !d.ReadFor().IsZero() {
		t.Error("a new list hangs on a date")
	}
}
