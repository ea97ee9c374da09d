package schooldata

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// A private address is never a person's login: one whose export gives no
// other has none (the ordinary missing address), and a notice counts
// them; a school or other address is taken before it. A protected list
// still finds the person by the private address.
func TestPrivateEmailIsNoLogin(t *testing.T) {
	person := func(id, given string, emails ...[2]string) map[string]any {
		var list []map[string]string
		for _, e := range emails {
			list = append(list, map[string]string{"value": e[0], "type": e[1]})
		}
		return map[string]any{"id": id, "givenName": given, "familyName": "Ek", "emails": list, "securityMarking": "Ingen",
			"enrolments": []map[string]any{{"enroledAt": map[string]string{"id": "o-norr"}, "startDate": "2025-08-15"}}}
	}
	export := map[string]any{
		"persons": map[string]any{"data": []any{
			person("p1", "Ida", [2]string{"ida.ek@privat.example.com", "Privat"}),
			person("p2", "Bo", [2]string{"bo.ek@privat.example.com", "Privat"}, [2]string{"bo.ek@ale.example.se", "Skola elev"}),
			person("p3", "Eva", [2]string{"eva.ek@privat.example.com", "Privat"}, [2]string{"eva.ek@ale.example.se", "Övrig"}),
		}},
		"organisations": []any{
			map[string]any{"id": "o-ale", "displayName": "Ale kommun", "organisationType": "Huvudman"},
			map[string]any{"id": "o-norr", "displayName": "Norrskolan", "organisationType": "Skolenhet", "parentOrganisation": map[string]string{"id": "o-ale"}},
		},
	}
	data, err := json.Marshal(export)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "ss12000.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	res, err := Read(path, Options{Date: exportDate})
	if err != nil {
		t.Fatal(err)
	}
	var emails []string
	for _, row := range res.Roster.Rows {
		emails = append(emails, row.Values[roster.Email])
	}
	if !slices.Equal(emails, []string{"", "bo.ek@ale.example.se", "eva.ek@ale.example.se"}) {
		t.Errorf("addresses %q", emails)
	}
	if !slices.Contains(codesOf(res), NoticePrivateEmail) {
		t.Errorf("notices %v", codesOf(res))
	}
	missing := slices.ContainsFunc(check.Check(res.Roster), func(p check.Problem) bool {
		return p.Code == check.CodeMissing && p.Field == roster.Email && p.Row == res.Roster.Rows[0].ID
	})
	if !missing {
		t.Error("Ida's empty address is no error")
	}
	res, err = Read(path, Options{Date: exportDate, ProtectedList: []ListEntry{{"IDA.EK@privat.example.com", 1}}})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Roster.Rows[0].Protected || slices.Contains(problemCodes(res), check.CodeProtectedListUnmatched) {
		t.Errorf("the protected list did not find Ida by her private address: %v", problemCodes(res))
	}
}

// People without securityMarking where others have it are protected, and
// a warning of the whole export says why and how many (tester T31): an export that leaves the
// field out for "Ingen" would otherwise give a list of protected people
// and an empty upload file with no word.
func TestSecurityMarkingMissingIsSaid(t *testing.T) {
	person := func(id string, marking ...string) string {
		p := `{"id":"` + id + `","givenName":"A","familyName":"B","emails":[{"value":"` + id + `@ale.example.se","type":"Skola elev"}],"enrolments":[{"enroledAt":{"id":"s"}}]`
		if len(marking) > 0 {
			p += `,"securityMarking":"` + marking[0] + `"`
		}
		return p + "}"
	}
	dir := writeExport(t, map[string]string{
		"organisations.json": `{"data":[{"id":"s","displayName":"Norrskolan","organisationType":"Skolenhet","municipalityCode":"1440"}]}`,
		"persons.json":       `{"data":[` + person("p1", "Skyddad folkbokföring") + `,` + person("p2") + `,` + person("p3") + `,` + person("p4", "Ingen") + `]}`,
	})
	res, err := Read(dir, Options{Date: exportDate})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Roster.Count().Protected; got != 3 {
		t.Errorf("%d protected, want p1 and the two without a mark", got)
	}
	i := slices.IndexFunc(res.Problems, func(p check.Problem) bool { return p.Code == check.CodeMarkingMissing })
	if i < 0 || res.Problems[i].Row != 0 || res.Problems[i].Severity != check.Warning ||
		!strings.Contains(res.Problems[i].Message.String(), "while others in the export have it: 2 of 4; they are treated as protected") {
		t.Errorf("problems %v", res.Problems)
	}
	// An export where everyone has the field says nothing of it.
	dir = writeExport(t, map[string]string{
		"organisations.json": `{"data":[{"id":"s","displayName":"Norrskolan","organisationType":"Skolenhet","municipalityCode":"1440"}]}`,
		"persons.json":       `{"data":[` + person("p1", "Ingen") + `]}`,
	})
	if res, err = Read(dir, Options{Date: exportDate}); err != nil || slices.Contains(problemCodes(res), check.CodeMarkingMissing) {
		t.Errorf("problems %v, %v", problemCodes(res), err)
	}
}
