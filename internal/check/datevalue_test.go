package check

import (
	"testing"

	"rosterdesk/internal/roster"
)

func TestISODateOrTime(t *testing.T) {
	for v, want := range map[string]bool{
		"2026-01-09": true, "2026-01-09 08:30": true, "2026-01-09 08:30:15": true, "08:30": true, "08:30:15": true,
		"9/1": false, "9A": false, "2026-01-09x": false, "2026-01-09 8:30": false, "2026-1-9": false, "": false, "0830": false,
	} {
		if got := isoDateOrTime(v); got != want {
			t.Errorf("isoDateOrTime(%q) = %v, want %v", v, got, want)
		}
	}
}

// TestDateProblems checks that a date in a field is an error on its cell
// that shows the date.
func TestDateProblems(t *testing.T) {
	r := roster.New()
	row := r.NewRow()
	row.Values = [roster.NumFields]string{"anna@skola.example.se", "Anna", "Berg", "2026-01-09", "Norrskolan", "Borås", "student", ""}
	r.Rows = append(r.Rows, row)
	var got []Problem
	for _, p := range Check(r) {
		if p.Code == CodeDateValue {
			got = append(got, p)
		}
	}
	want := "this is a date or a time (2026-01-09), not text: Excel makes a date of a class typed as 9/1 or 7-2 when it opens a file; write the value as text"
	if len(got) != 1 || got[0].Field != roster.Class || got[0].Severity != Error || got[0].Message.String() != want {
		t.Errorf("date_value problems %v", got)
	}
}
