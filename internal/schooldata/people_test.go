package schooldata

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// An export read for one day says on which days it would read
// otherwise: each start of a span it read, and the day after each end, of
// roles, enrolments, duties, groups and memberships alike.
func TestTurns(t *testing.T) {
	d := func(s string) time.Time { v, _ := time.Parse("2006-01-02", s); return v }
	cases := []struct {
		export, other string
		same          bool
	}{
		{"sds", "2026-12-02", true},       // no span ends after the leaver's
		{"sds", "2025-06-10", false},      // the leaver's last day
		{"oneroster", "2025-09-01", true}, // after the new year started
		{"oneroster", "2025-08-14", false},
		{"ss12000", "2026-06-12", true},  // the last day of term
		{"ss12000", "2026-06-13", false}, // the summer: no student
		{"ss12000", "2019-07-31", false}, // before a duty started
	}
	for _, c := range cases {
		res, err := Read(filepath.Join("testdata", c.export), Options{Date: exportDate, NoProtectedMarks: true})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Turns.Same(exportDate, d(c.other)); got != c.same {
			t.Errorf("%s read for %s and for %s the same: %v; turns %v", c.export, exportDate.Format("2006-01-02"), c.other, got, res.Turns.Days())
		}
	}
}

func TestTeacherWord(t *testing.T) {
	opts := Options{TeacherRoles: []string{"Aide"}}
	for v, want := range map[string]bool{
		"teacher": true, "Lärare": true, "Förstelärare": true, "Speciallärare/specialpedagog": true,
		"Lärare i fritidshem": true, "Luokanopettaja": true, "aide": true,
		"Rektor": false, "administrator": false, "guardian": false, "Elevassistent": false, "student": false,
		// A trainee, an assistant or a social worker is no teacher, as in a
		// flat file (tester T5).
		"Opettajaharjoittelija": false, "Lärarassistent": false, "Socialpedagog": false,
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

// A person listed twice is protected when the second record protects
// them, in SDS (a line appended to users.csv) and in SS12000 (pages that
// overlap): the first record does not decide alone.
func TestListedTwiceFailsClosed(t *testing.T) {
	users := twoUsers + "u1,ida@ale.example.se,Ida,Sund,ad-1,ida@ale.example.se,Ja\n"
	res, err := Read(sdsExport(t, users, twoRoles, twoEnrol), Options{Date: exportDate, Map: []Mapping{{Header: "Skyddad", Protected: true}}})
	if err != nil {
		t.Fatal(err)
	}
	if rows := rowsOf(res); len(rows) != 3 || !strings.HasPrefix(rows[0], "!ida@") {
		t.Errorf("SDS rows %v", rows)
	}
	persons := `{"data":[{"id":"p","givenName":"Mio","familyName":"Alm","securityMarking":"Ingen","emails":[{"value":"mio@ale.example.se","type":"Skola elev"}],"enrolments":[{"enroledAt":{"id":"s"}}]}]}`
	again := `{"data":[{"id":"p","givenName":"Mio","familyName":"Alm","securityMarking":"Skyddad folkbokföring"}]}`
	dir := writeExport(t, map[string]string{
		"organisations.json": `{"data":[{"id":"k","displayName":"Ale kommun","organisationType":"Huvudman"},{"id":"s","displayName":"Norrskolan","organisationType":"Skolenhet","parentOrganisation":{"id":"k"}}]}`,
		"persons.json":       persons, "persons_2.json": again,
	})
	res, err = Read(dir, Options{Date: exportDate})
	if err != nil {
		t.Fatal(err)
	}
	if rows := rowsOf(res); len(rows) != 1 || !strings.HasPrefix(rows[0], "!mio@") {
		t.Errorf("SS12000 rows %v", rows)
	}
}
