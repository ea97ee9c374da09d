package roster

import (
	"reflect"
	"testing"
	"time"
)

func TestStatusHeader(t *testing.T) {
	tests := []struct {
		header string
		want   StatusKind
	}{
		{"Status", StatusWords}, {"Elevstatus", StatusWords}, {"Tila", StatusWords},
		{"Utskriven", StatusEnd}, {"Slutdatum", StatusEnd}, {"Avgångsdatum", StatusEnd},
		{"Päättymispäivä", StatusEnd}, {"Lopetuspäivä", StatusEnd}, {"End date", StatusEnd},
		{"Klass", NoStatus}, {"Startdatum", NoStatus}, {"", NoStatus},
	}
	for _, tt := range tests {
		if got := StatusHeader(tt.header); got != tt.want {
			t.Errorf("StatusHeader(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
}

func TestReadLeaving(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	exportDate := day(2026, 9, 1)
	tests := []struct {
		kind      StatusKind
		value     string
		clear     bool
		leftBy    bool
		wantEnded time.Time
	}{
		{StatusWords, "", true, false, time.Time{}},
		{StatusWords, "Aktiv", true, false, time.Time{}},
		{StatusWords, " INSKRIVEN ", true, false, time.Time{}},
		{StatusWords, "Utskriven", true, true, time.Time{}},
		{StatusWords, "Slutat", true, true, time.Time{}},
		{StatusWords, "Avslutad", true, true, time.Time{}},
		{StatusWords, "Inaktiv", true, true, time.Time{}},
		{StatusWords, "Left", true, true, time.Time{}},
		{StatusWords, "inactive", true, true, time.Time{}},
		{StatusWords, "Eronnut", true, true, time.Time{}},
		{StatusWords, "Lopettanut", true, true, time.Time{}},
		{StatusWords, "Aktiivinen", true, false, time.Time{}},
		{StatusWords, "Ja", false, false, time.Time{}}, // a yes says nothing in a status column
		{StatusWords, "Tjänstledig", false, false, time.Time{}},
		{StatusEnd, "Ja", true, true, time.Time{}},
		{StatusEnd, "Nej", true, false, time.Time{}},
		{StatusEnd, "2026-06-15", true, true, day(2026, 6, 15)},
		{StatusEnd, "2026-09-01", true, false, day(2026, 9, 1)}, // the last day: still there
		{StatusEnd, "2026-12-20", true, false, day(2026, 12, 20)},
		{StatusEnd, "15.6.2026", true, true, day(2026, 6, 15)},
		{StatusEnd, "20260615", true, true, day(2026, 6, 15)},
		{StatusEnd, "2026-06-15 00:00:00", true, true, day(2026, 6, 15)},
		{StatusEnd, "next summer", false, false, time.Time{}},
		// A slashed date that reads one way only is that day (A6); one
		// that reads as two days is not guessed.
		{StatusEnd, "6/15/2026", true, true, day(2026, 6, 15)},
		{StatusEnd, "15/06/2026", true, true, day(2026, 6, 15)},
		{StatusEnd, "15/11/2026", true, false, day(2026, 11, 15)},
		{StatusEnd, "03/04/2026", false, false, time.Time{}},
		{StatusEnd, "05/05/2026", true, true, day(2026, 5, 5)},
		// Excel's day number, as a csv or an unformatted cell gives it (A6).
		{StatusEnd, "46341", true, false, day(2026, 11, 15)},
		{StatusEnd, "46188", true, true, day(2026, 6, 15)},
		{StatusEnd, "46188.5", true, true, day(2026, 6, 15)},
		{StatusEnd, "12", false, false, time.Time{}},
		{StatusEnd, "2026-11", false, false, time.Time{}},
		// Plain leaver words (A6), and "Ny", a new pupil, who is here.
		{StatusWords, "Utflyttad", true, true, time.Time{}},
		{StatusWords, "Avförd", true, true, time.Time{}},
		{StatusWords, "Gått ut", true, true, time.Time{}},
		{StatusWords, "Ej aktiv", true, true, time.Time{}},
		{StatusWords, "Lämnat skolan", true, true, time.Time{}},
		{StatusWords, "Lähtenyt", true, true, time.Time{}},
		{StatusWords, "Ei aktiivinen", true, true, time.Time{}},
		{StatusWords, "Ny", true, false, time.Time{}},
		{StatusWords, "Uusi", true, false, time.Time{}},
		{StatusWords, "Tillfälligt avstängd", false, false, time.Time{}},
	}
	for _, tt := range tests {
		l := ReadLeaving(tt.kind, tt.value)
		if l.Clear != tt.clear || l.LeftBy(exportDate) != tt.leftBy || !l.End.Equal(tt.wantEnded) {
			t.Errorf("ReadLeaving(%v, %q) = %+v (left by %v: %v), want clear %v, left %v, end %v",
				tt.kind, tt.value, l, exportDate.Format("20060102"), l.LeftBy(exportDate), tt.clear, tt.leftBy, tt.wantEnded)
		}
	}
}

// TestReadLeavingDateLike: a value that is a date but no one day says so,
// for a message that calls it a date, not a status (A6).
func TestReadLeavingDateLike(t *testing.T) {
	for _, v := range []string{"2026-11", "nov 2026", "03/04/2026"} {
		if l := ReadLeaving(StatusEnd, v); l.Clear || !l.Date {
			t.Errorf("ReadLeaving(%q) = %+v, want an unclear date", v, l)
		}
	}
	if l := ReadLeaving(StatusEnd, "03/04/2026"); len(l.Readings) != 2 {
		t.Errorf("03/04/2026: readings %v, want two", l.Readings)
	}
	if l := ReadLeaving(StatusWords, "Tjänstledig"); l.Date {
		t.Errorf("Tjänstledig is a date: %+v", l)
	}
}

func TestStatusColumn(t *testing.T) {
	r := New()
	r.ExtraColumns = []string{"Personnummer", "Slutdatum", "Status"}
	want := []StatusColumn{{1, StatusEnd}, {2, StatusWords}}
	if got := r.StatusColumns(); !reflect.DeepEqual(got, want) {
		t.Errorf("StatusColumns = %v, want %v", got, want)
	}
	r.ExtraColumns = []string{"Anteckning"}
	if got := r.StatusColumns(); got != nil {
		t.Errorf("StatusColumns without one = %v", got)
	}
}

// TestRowLeftBy: a row has left by a date when one of its leaver columns
// says so (a word, or an end date before that day); a cell the program
// cannot read decides nothing.
func TestRowLeftBy(t *testing.T) {
	r := New()
	r.AddExtraColumn("Status")
	r.AddExtraColumn("Slutdatum")
	cols := r.StatusColumns()
	day := func(s string) time.Time { d, _ := time.Parse("20060102", s); return d }
	for _, tt := range []struct {
		status, end string
		date        string
		want        bool
	}{
		{"Aktiv", "", "20260901", false},
		{"Utskriven", "", "20260901", true},
		{"Aktiv", "2026-10-15", "20260901", false},
		{"Aktiv", "2026-10-15", "20261015", false}, // on the end date itself still there
		{"Aktiv", "2026-10-15", "20261016", true},
		{"Tjänstledig", "2026-06-15", "20260901", true},
		{"Tjänstledig", "", "20260901", false},
	} {
		row := r.Append([NumFields]string{})
		row.Extra = []string{tt.status, tt.end}
		if got := RowLeftBy(row, cols, day(tt.date)); got != tt.want {
			t.Errorf("%q, %q on %s: left %v, want %v", tt.status, tt.end, tt.date, got, tt.want)
		}
	}
}
