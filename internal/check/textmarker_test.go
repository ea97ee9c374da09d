package check

import (
	"testing"

	"rosterdesk/internal/roster"
)

// A value written with Excel's text sign before it is an error whose fix
// takes the sign away; an apostrophe inside a name is no sign.
func TestTextMarker(t *testing.T) {
	for _, c := range []struct {
		value, fixed string
	}{
		{"'001205", "001205"},
		{" '9A", "9A"},
		{"'Ekbacka skola", "Ekbacka skola"},
		{"O'Brien", ""},
		{"'", ""},
		{"''", ""},
		{"001205", ""},
		{"", ""},
	} {
		row := &roster.Row{ID: 1}
		row.Values[roster.SSOID] = c.value
		got := textMarkerProblems(nil, row)
		switch {
		case c.fixed == "" && len(got) != 0:
			t.Errorf("%q: %v", c.value, got)
		case c.fixed != "" && (len(got) != 1 || got[0].Code != CodeTextMarker || got[0].Fix == nil || got[0].Fix.Value != c.fixed || got[0].Field != roster.SSOID):
			t.Errorf("%q: %+v, want the fix %q", c.value, got, c.fixed)
		}
	}
}
