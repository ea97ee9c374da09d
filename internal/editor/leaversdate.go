package editor

import (
	"time"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// The leavers of a list (a status or end-date column) are decided as the
// file is read, by the day it is read: a person whose end date is before
// it is left out. The upload file carries a date of its own, which the
// user may set to another day. The rows whose end date falls between the
// two days must follow the file's date: the export refuses until they do
// (FollowLeavers), never writing a file whose leavers are those of
// another day.

// ErrLeaversDate is returned by Export when the plan's date leaves other
// people out than the day the list was read did, and the list has not
// followed it (FollowLeavers).
var ErrLeaversDate error = &i18n.Error{Message: i18n.T("on the export date other people have left than on the day the list was read: follow the export date's leavers first")}

// DateLeavers are the rows whose leaver columns answer otherwise on an
// export date than on the day the list was read, and that the list has
// not yet followed.
type DateLeavers struct {
	// Leave have left by the export date (an end date before it), though
	// not by the day read, and are still in the file.
	Leave []roster.RowID
	// Back had left by the day read, and are left out, but have not left
	// by the export date.
	Back []roster.RowID
}

// Any reports whether some row must follow the export date.
func (l DateLeavers) Any() bool { return len(l.Leave)+len(l.Back) > 0 }

// LeaversOn returns the rows whose leaver verdict on date differs from the
// one on the day the list was read, where the list still holds the old
// verdict. A row whose verdict is the same on both days keeps what the
// user made of it. Nothing is returned for a list not read from a file
// with leaver columns.
func (d *Document) LeaversOn(date time.Time) DateLeavers {
	var out DateLeavers
	read := d.leaversDay
	if read.IsZero() || sameDay(read, date) {
		return out
	}
	cols := d.roster.StatusColumns()
	if len(cols) == 0 {
		return out
	}
	for _, row := range d.roster.Rows {
		if row.Protected || row.Blank() {
			continue
		}
		then, now := roster.RowLeftBy(row, cols, read), roster.RowLeftBy(row, cols, date)
		switch {
		case now && !then && !row.LeftOut:
			out.Leave = append(out.Leave, row.ID)
		case then && !now && row.LeftOut:
			out.Back = append(out.Back, row.ID)
		}
	}
	return out
}

// FollowLeavers makes the list's leavers those of date, as one edit Undo
// takes back: people who have left by then are left out, and leavers of
// the day read who have not left by then are taken back into the file
// (and checked). It returns how many rows changed.
func (d *Document) FollowLeavers(date time.Time) int {
	l := d.LeaversOn(date)
	var changes []change
	for _, id := range l.Leave {
		changes = append(changes, leaveOutChange{id: id, old: false, new: true})
	}
	for _, id := range l.Back {
		changes = append(changes, leaveOutChange{id: id, old: true, new: false})
	}
	d.do("Leavers of the export date", changes)
	return len(changes)
}

// LeaversDay is the day the list's leavers were decided on as its file
// was read; zero for a list not read from a file. Rows added from another
// file are read for the same day.
func (d *Document) LeaversDay() time.Time { return d.leaversDay }

// sameDay reports whether a and b fall on the same calendar day.
func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}
