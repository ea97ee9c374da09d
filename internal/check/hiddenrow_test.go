package check

import (
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

// A row hidden on a sheet with a filter is warned of in the filter's
// words, and leaving it out is a choice that Fix all passes by; on a sheet
// without one, the certain fix stays (tester A16).
func TestHiddenRowOnAFilteredSheet(t *testing.T) {
	for _, filtered := range []bool{false, true} {
		r := roster.New()
		n := r.AddSource(roster.Source{File: "elever.xlsx", Sheet: "Elever", Filtered: filtered})
		row := r.NewRow()
		row.Values = [roster.NumFields]string{"a.b@skola.se", "Alva", "Berg", "8A", "Ekbackeskolan", "Exempelkommun", "student", ""}
		row.Source, row.Hidden, row.SourceLine = n, true, 4
		r.Rows = append(r.Rows, row)
		var got []Problem
		for _, p := range Check(r) {
			if p.Code == CodeRowHidden {
				got = append(got, p)
			}
		}
		if len(got) != 1 {
			t.Fatalf("filtered %v: %d row_hidden problems", filtered, len(got))
		}
		p := got[0]
		if says := strings.Contains(p.Message.String(), "filter"); says != filtered {
			t.Errorf("filtered %v: message %q", filtered, p.Message)
		}
		if p.Fix.Choice() != filtered || filtered && (len(p.Fix.Choices) != 1 || !p.Fix.Choices[0].LeaveOut) {
			t.Errorf("filtered %v: fix %+v: on a filtered sheet leaving out is a choice Fix all passes by", filtered, p.Fix)
		}
	}
}
