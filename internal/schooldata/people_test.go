package schooldata

import (
	"encoding/json"
	"testing"
)

func TestValidOn(t *testing.T) {
	const day = "2026-01-15"
	cases := []struct {
		start, end string
		valid      bool
	}{
		{"", "", true},
		{"2025-08-15", "", true},
		{"2026-01-15", "2026-01-15", true},
		{"2026-01-16", "", false},
		{"", "2026-01-14", false},
		{"2024-08-15", "2025-06-10", false},
		{"2025-08-15T00:00:00Z", "2026-06-12T23:59:59+01:00", true},
		{"", "2025-12-31T23:59:59Z", false},
		{"soon", "later", true},
	}
	for _, c := range cases {
		if got := validOn(c.start, c.end, day); got != c.valid {
			t.Errorf("validOn(%q, %q) = %v, want %v", c.start, c.end, got, c.valid)
		}
	}
}

func TestTeacherWord(t *testing.T) {
	opts := Options{TeacherRoles: []string{"Aide"}}
	for v, want := range map[string]bool{
		"teacher": true, "Lärare": true, "Förstelärare": true, "Speciallärare/specialpedagog": true,
		"Lärare i fritidshem": true, "Luokanopettaja": true, "aide": true,
		"Rektor": false, "administrator": false, "guardian": false, "Elevassistent": false, "student": false,
	} {
		if got := teacherWord(v, opts); got != want {
			t.Errorf("teacherWord(%q) = %v, want %v", v, got, want)
		}
	}
}

// securityMarking fails closed: only Ingen or false leaves a person
// unprotected.
func TestSecurityMarking(t *testing.T) {
	cases := []struct {
		raw                string
		protected, warning bool
	}{
		{`"Ingen"`, false, false},
		{`"ingen"`, false, false},
		{`false`, false, false},
		{`true`, true, false},
		{`"Skyddad folkbokföring"`, true, false},
		{`"Sekretessmarkering"`, true, false},
		{`"Okänd"`, true, true},
		{`""`, true, false},
		{`null`, true, false},
		{``, true, false},
		{`{"value":"Ingen"}`, true, false},
	}
	for _, c := range cases {
		p := &person{}
		var raw json.RawMessage
		if c.raw != "" {
			raw = json.RawMessage(c.raw)
		}
		ssMark(p, raw)
		if p.protected != c.protected || (p.mark != "") != c.warning {
			t.Errorf("securityMarking %s: protected %v, mark %q; want %v, warning %v", c.raw, p.protected, p.mark, c.protected, c.warning)
		}
	}
}

func TestMainSchool(t *testing.T) {
	cases := []struct {
		percent map[string]float64
		want    string
	}{
		{map[string]float64{"a": 60, "b": 40}, "a"},
		{map[string]float64{"a": 40, "b": 60}, "b"},
		{map[string]float64{"a": 50, "b": 50}, ""},
		{map[string]float64{}, ""},
		{map[string]float64{"a": 20}, "a"},
	}
	for _, c := range cases {
		if got := mainSchool([]string{"a", "b"}, c.percent); got != c.want {
			t.Errorf("mainSchool(%v) = %q, want %q", c.percent, got, c.want)
		}
	}
}
