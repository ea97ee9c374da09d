package schooldata

import (
	"strings"
	"testing"

	"rosterdesk/internal/check"
)

func twiceMessages(res *Result) []string {
	var out []string
	for _, p := range res.Problems {
		if p.Code == check.CodePersonTwice {
			if p.Row != 0 || p.Severity != check.Error {
				out = append(out, "not an error of the whole file")
			}
			out = append(out, p.Message.String())
		}
	}
	return out
}

// A person listed twice whose records differ in what the upload file
// takes is an error naming both rows and the fields, not a quiet pick of
// the first (tester T3); the same record twice, or a protected person's
// records, are none.
func TestSDSPersonTwice(t *testing.T) {
	const head = "sourcedId,username,givenName,familyName,email,Skyddad\n"
	const ida = "u1,ida@ale.example.se,Ida,Sund,ida@ale.example.se,Nej\n"
	roles := "userSourcedId,orgSourcedId,role,isPrimary\nu1,s1,student,true\n"
	enrol := "classSourcedId,userSourcedId,role\nc1,u1,student\n"
	cases := []struct {
		name, second string
		want         []string
	}{
		{"same record", ida, nil},
		{"other name and address", "u1,ida.berg@ale.example.se,Ida,Berg,ida.berg@ale.example.se,Nej\n",
			[]string{"users.csv lists one person twice, on rows 2 and 3, and the two records differ in LastName, Email, SSOID: "}},
		{"protected by the second", "u1,ida.berg@ale.example.se,Ida,Berg,ida.berg@ale.example.se,Ja\n", nil},
	}
	for _, c := range cases {
		dir := sdsExport(t, head+ida+c.second, roles, enrol)
		res, err := Read(dir, Options{Date: exportDate, Map: []Mapping{{Header: "Skyddad", Protected: true}}})
		if err != nil {
			t.Fatal(err)
		}
		got := twiceMessages(res)
		if len(got) != len(c.want) || len(got) > 0 && !strings.HasPrefix(got[0], c.want[0]) {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
		if len(res.Roster.Rows) != 1 {
			t.Errorf("%s: rows %v", c.name, rowsOf(res))
		}
	}
}

// SS12000 pages that overlap while the data changed: the person's second
// record enrols her at another school.
func TestSS12000PersonTwice(t *testing.T) {
	orgs := `{"data":[{"id":"h","displayName":"Ale kommun","organisationType":"Huvudman"},` +
		`{"id":"s1","displayName":"Norrskolan","organisationType":"Skolenhet","parentOrganisation":{"id":"h"}},` +
		`{"id":"s2","displayName":"Söderskolan","organisationType":"Skolenhet","parentOrganisation":{"id":"h"}}]}`
	person := func(school, marking string) string {
		return `{"id":"p1","givenName":"Tove","familyName":"Lager","securityMarking":"` + marking + `",` +
			`"emails":[{"value":"tove@ale.example.se","type":"Skola elev"}],"enrolments":[{"enroledAt":{"id":"` + school + `"}}]}`
	}
	other := `{"id":"p2","givenName":"Bo","familyName":"Ek","securityMarking":"Ingen","emails":[{"value":"bo@ale.example.se","type":"Skola elev"}],"enrolments":[{"enroledAt":{"id":"s1"}}]}`
	for _, c := range []struct {
		name, second string
		want         int
	}{
		{"same", person("s1", "Ingen"), 0},
		{"another school", person("s2", "Ingen"), 1},
		{"another school, protected", person("s2", "Skyddad folkbokföring"), 0},
	} {
		dir := writeExport(t, map[string]string{
			"organisations.json": orgs,
			"persons.json":       `{"data":[` + other + `,` + person("s1", "Ingen") + `]}`,
			"persons_2.json":     `{"data":[` + c.second + `]}`,
		})
		res, err := Read(dir, Options{Date: exportDate})
		if err != nil {
			t.Fatal(err)
		}
		got := twiceMessages(res)
		if len(got) != c.want || c.want > 0 && !strings.Contains(got[0], "persons.json lists one person twice, on rows 2 and 3, and the two records differ in School:") {
			t.Errorf("%s: %q", c.name, got)
		}
		if len(res.Roster.Rows) != 2 {
			t.Errorf("%s: rows %v", c.name, rowsOf(res))
		}
	}
}
