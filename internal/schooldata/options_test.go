package schooldata

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// writeExport writes files into a new folder and returns it.
func writeExport(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// sdsExport is an SDS export of people at two schools of Ale; extraUsers
// adds columns to users.csv (a header and a value per user, in order).
func sdsExport(t *testing.T, usersCSV, rolesCSV, enrolCSV string) string {
	return writeExport(t, map[string]string{
		"orgs.csv":        "sourcedId,name,type,parentSourcedId\nd1,Ale kommun,district,\ns1,Norrskolan,school,d1\ns2,Söderskolan,school,d1\n",
		"users.csv":       usersCSV,
		"roles.csv":       rolesCSV,
		"classes.csv":     "sourcedId,orgSourcedId,title\nc1,s1,9A\nc2,s1,9B\nc3,s1,Ma 9 grupp 1\n",
		"enrollments.csv": enrolCSV,
	})
}

const (
	twoUsers = "sourcedId,username,givenName,familyName,activeDirectoryMatchId,email,Skyddad\n" +
		"u1,ida@ale.example.se,Ida,Sund,ad-1,ida@ale.example.se,Nej\n" +
		"t1,bo@ale.example.se,Bo,Ås,ad-2,bo@ale.example.se,Ja\n"
	twoRoles = "userSourcedId,orgSourcedId,role,isPrimary\nu1,s1,student,true\nt1,s1,teacher,false\nt1,s2,teacher,false\n"
	twoEnrol = "classSourcedId,userSourcedId,role\nc1,u1,student\nc3,u1,student\n"
)

func TestSDSOptions(t *testing.T) {
	dir := sdsExport(t, twoUsers, twoRoles, twoEnrol)
	cases := []struct {
		name    string
		opts    Options
		rows    []string
		unknown bool
		notice  string
	}{
		{"plain", Options{Date: exportDate}, []string{
			"ida@ale.example.se|Ida|Sund|9A|Norrskolan|Ale|student|ida@ale.example.se",
			"bo@ale.example.se|Bo|Ås||Norrskolan|Ale|teacher|bo@ale.example.se",
			"bo@ale.example.se|Bo|Ås||Söderskolan|Ale|teacher|bo@ale.example.se",
		}, true, NoticeChoices},
		{"mapped mark, AD id, municipality", Options{Date: exportDate, SSOID: "activeDirectoryMatchId", Municipality: "Lerum",
			Map: []Mapping{{Header: " skyddad ", Protected: true}}}, []string{
			"ida@ale.example.se|Ida|Sund|9A|Norrskolan|Lerum|student|ad-1",
			"!bo@ale.example.se|Bo|Ås||Norrskolan|Lerum|teacher|ad-2",
			"!bo@ale.example.se|Bo|Ås||Söderskolan|Lerum|teacher|ad-2",
		}, false, NoticeChoices},
		{"protected list by sourcedId", Options{Date: exportDate, ProtectedList: []ListEntry{{"U1", 1}}}, []string{
			"!ida@ale.example.se|Ida|Sund|9A|Norrskolan|Ale|student|ida@ale.example.se",
			"bo@ale.example.se|Bo|Ås||Norrskolan|Ale|teacher|bo@ale.example.se",
			"bo@ale.example.se|Bo|Ås||Söderskolan|Ale|teacher|bo@ale.example.se",
		}, false, NoticeProtectedList},
		{"no marks", Options{Date: exportDate, NoProtectedMarks: true}, nil, false, NoticeNoMarks},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Read(dir, c.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := rowsOf(res); c.rows != nil && !slices.Equal(got, c.rows) {
				t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.rows, "\n"))
			}
			unknown := slices.ContainsFunc(res.Problems, func(p check.Problem) bool { return p.Code == check.CodeProtectedUnknown })
			if unknown != c.unknown || res.NoMarks != c.unknown {
				t.Errorf("protected_unknown %v, NoMarks %v; want %v", unknown, res.NoMarks, c.unknown)
			}
			if !slices.Contains(codesOf(res), c.notice) {
				t.Errorf("notices %v lack %s", codesOf(res), c.notice)
			}
		})
	}
}

// A column mapped to Protected is read as a mark, not kept; an unmapped
// column that sounds like one is kept for the checker to ask about.
func TestSDSMarkColumn(t *testing.T) {
	dir := sdsExport(t, twoUsers, twoRoles, twoEnrol)
	res, err := Read(dir, Options{Date: exportDate, Map: []Mapping{{Header: "Skyddad", Protected: true}}})
	if err != nil {
		t.Fatal(err)
	}
	if res.ProtectedColumn != "Skyddad" || slices.Contains(res.Roster.ExtraColumns, "Skyddad") || !slices.Equal(res.Mapped, []string{"Skyddad"}) {
		t.Errorf("protected column %q, extra %v, mapped %v", res.ProtectedColumn, res.Roster.ExtraColumns, res.Mapped)
	}
	res, err = Read(dir, Options{Date: exportDate})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Roster.UnsettledMarkColumns()) != 1 {
		t.Errorf("extra columns %v: want Skyddad unsettled", res.Roster.ExtraColumns)
	}
}

// A student in two classes and no primary gets no class but the choices
// in a column of their own; a student at two schools likewise.
func TestStudentChoices(t *testing.T) {
	roles := "userSourcedId,orgSourcedId,role,isPrimary\nu1,s1,student,false\nu1,s2,student,false\n"
	enrol := "classSourcedId,userSourcedId,role\nc1,u1,student\nc2,u1,student\nc3,u1,student\n"
	res, err := Read(sdsExport(t, twoUsers, roles, enrol), Options{Date: exportDate, NoProtectedMarks: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Roster.Rows) != 1 {
		t.Fatalf("rows %v", rowsOf(res))
	}
	row := res.Roster.Rows[0]
	if row.Values[roster.Class] != "" || row.Values[roster.School] != "" {
		t.Errorf("class %q, school %q: want both empty", row.Values[roster.Class], row.Values[roster.School])
	}
	cc, sc := slices.Index(res.Roster.ExtraColumns, ClassChoicesColumn), slices.Index(res.Roster.ExtraColumns, SchoolChoicesColumn)
	if cc < 0 || sc < 0 || row.ExtraValue(cc) != "9A | 9B" || row.ExtraValue(sc) != "Norrskolan | Söderskolan" {
		t.Errorf("extra %v = %v", res.Roster.ExtraColumns, row.Extra)
	}
	if !slices.Contains(codesOf(res), NoticeChoices) {
		t.Errorf("notices %v", codesOf(res))
	}
}

// Roles other than student and teacher are left out and counted, unless
// the user names them as teacher.
func TestOtherRoles(t *testing.T) {
	roles := "userSourcedId,orgSourcedId,role,isPrimary\nu1,s1,aide,true\nt1,s1,administrator,true\n"
	dir := sdsExport(t, twoUsers, roles, "classSourcedId,userSourcedId,role\n")
	res, err := Read(dir, Options{Date: exportDate})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Roster.Rows) != 0 || !slices.Contains(codesOf(res), NoticeRolesLeftOut) {
		t.Fatalf("rows %v, notices %v", rowsOf(res), codesOf(res))
	}
	if msg := res.Notices[1].Message.String(); !strings.Contains(msg, "administrator ×1, aide ×1") {
		t.Errorf("notice %q", msg)
	}
	res, err = Read(dir, Options{Date: exportDate, TeacherRoles: []string{"Administrator"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := rowsOf(res); len(got) != 1 || !strings.Contains(got[0], "|teacher|") {
		t.Errorf("rows %v", got)
	}
}

// An independent school's Huvudman is no municipality: the school unit's
// municipalityCode names it, and a notice says so.
func TestSS12000MunicipalityFromCode(t *testing.T) {
	dir := writeExport(t, map[string]string{
		"organisations.json": `{"data":[
			{"id":"h","displayName":"Lärkan Utbildning AB","organisationType":"Huvudman"},
			{"id":"s","displayName":"Friskolan Lärkan","organisationType":"Skolenhet","municipalityCode":"1490","parentOrganisation":{"id":"h"}}]}`,
		"persons.json": `{"data":[{"id":"p","givenName":"Mio","familyName":"Alm","securityMarking":"Ingen",
			"emails":[{"value":"mio@example.se","type":"Skola elev"}],
			"enrolments":[{"enroledAt":{"id":"s"},"startDate":"2025-08-01"}]}]}`,
	})
	res, err := Read(dir, Options{Date: exportDate})
	if err != nil {
		t.Fatal(err)
	}
	if got := rowsOf(res); len(got) != 1 || got[0] != "mio@example.se|Mio|Alm||Friskolan Lärkan|Borås|student|" {
		t.Errorf("rows %v", got)
	}
	if !slices.Contains(codesOf(res), NoticeMunicipalityKey) || !strings.Contains(res.Notices[1].Message.String(), "Borås (1490)") {
		t.Errorf("notices %v", res.Notices)
	}
}

// A person without securityMarking among people who have it is protected.
func TestSS12000MissingMarkProtects(t *testing.T) {
	dir := writeExport(t, map[string]string{
		"organisations.json": `{"data":[{"id":"s","displayName":"Norrskolan","organisationType":"Skolenhet","municipalityCode":"1440"}]}`,
		"persons.json": `{"data":[
			{"id":"a","givenName":"Ann","familyName":"Ek","securityMarking":"Ingen","enrolments":[{"enroledAt":{"id":"s"}}]},
			{"id":"b","givenName":"Bo","familyName":"Ek","enrolments":[{"enroledAt":{"id":"s"}}]}]}`,
	})
	res, err := Read(dir, Options{Date: exportDate})
	if err != nil {
		t.Fatal(err)
	}
	if got := rowsOf(res); len(got) != 2 || strings.HasPrefix(got[0], "!") || !strings.HasPrefix(got[1], "!") {
		t.Errorf("rows %v", got)
	}
}
