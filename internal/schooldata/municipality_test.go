package schooldata

import (
	"slices"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

func TestMunicipalityName(t *testing.T) {
	cases := []struct {
		org, name string
		municipal bool
	}{
		{"Ale kommun", "Ale", true},
		{"Hallstahammars kommun", "Hallstahammar", true},
		{"Stockholms stad", "Stockholm", true},
		{"Borås Stad", "Borås", true},
		{"Göteborgs Stad", "Göteborg", true},
		{"Upplands Väsby kommun", "Upplands Väsby", true},
		{"Espoon kaupunki", "Espoo", true},
		{"Uppsala", "Uppsala", true},
		{"  Malmö   stad ", "Malmö", true},
		{"Exempelby kommun", "Exempelby", true},
		{"Lärkan Utbildning AB", "Lärkan Utbildning AB", false},
		{"kommun", "kommun", false},
	}
	for _, c := range cases {
		name, municipal := MunicipalityName(c.org)
		if name != c.name || municipal != c.municipal {
			t.Errorf("MunicipalityName(%q) = %q, %v; want %q, %v", c.org, name, municipal, c.name, c.municipal)
		}
	}
}

func TestMunicipalityByCode(t *testing.T) {
	for code, want := range map[string]string{"1440": "Ale", "0180": "Stockholm", "2584": "Kiruna", "091": "Helsinki", "049": "Espoo", "478": "Maarianhamina"} {
		if got, ok := MunicipalityByCode(code); !ok || got != want {
			t.Errorf("MunicipalityByCode(%q) = %q, %v; want %q", code, got, ok, want)
		}
	}
	for _, code := range []string{"", "9999", "1", "099"} {
		if got, ok := MunicipalityByCode(code); ok {
			t.Errorf("MunicipalityByCode(%q) = %q, want none", code, got)
		}
	}
}

// An SDS or OneRoster export of two districts gives rows of two
// municipalities, which the checker's municipality_mixed rule flags: one
// upload file carries one municipality in its name.
func TestTwoDistrictsAreMixed(t *testing.T) {
	orgs := "sourcedId,status,name,type,parentSourcedId\nd1,,Ale kommun,district,\nd2,,Lerums kommun,district,\n" +
		"s1,,Norrskolan,school,d1\ns2,,Söderskolan,school,d2\n"
	exports := map[string]map[string]string{
		"SDS": {
			"orgs.csv": orgs,
			"users.csv": "sourcedId,username,givenName,familyName,email\n" +
				"u1,ida@ale.example.se,Ida,Sund,ida@ale.example.se\nu2,eva@lerum.example.se,Eva,Berg,eva@lerum.example.se\n" +
				"u3,max@ale.example.se,Max,Ek,max@ale.example.se\n",
			"roles.csv":       "userSourcedId,orgSourcedId,role\nu1,s1,student\nu2,s2,student\nu3,s1,student\n",
			"classes.csv":     "sourcedId,orgSourcedId,title\nc1,s1,9A\nc2,s2,9A\n",
			"enrollments.csv": "classSourcedId,userSourcedId,role\nc1,u1,student\nc2,u2,student\nc1,u3,student\n",
		},
		"OneRoster": {
			"manifest.csv": "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n",
			"orgs.csv":     orgs,
			"users.csv": "sourcedId,status,enabledUser,orgSourcedIds,role,username,givenName,familyName,email\n" +
				"u1,,true,s1,student,ida@ale.example.se,Ida,Sund,ida@ale.example.se\n" +
				"u2,,true,s2,student,eva@lerum.example.se,Eva,Berg,eva@lerum.example.se\n" +
				"u3,,true,s1,student,max@ale.example.se,Max,Ek,max@ale.example.se\n",
			"classes.csv": "sourcedId,status,title,classType,schoolSourcedId\nc1,,9A,homeroom,s1\nc2,,9A,homeroom,s2\n",
			"enrollments.csv": "sourcedId,status,classSourcedId,schoolSourcedId,userSourcedId,role\n" +
				"e1,,c1,s1,u1,student\ne2,,c2,s2,u2,student\ne3,,c1,s1,u3,student\n",
		},
	}
	for name, files := range exports {
		t.Run(name, func(t *testing.T) {
			res, err := Read(writeExport(t, files), Options{Date: exportDate, NoProtectedMarks: true})
			if err != nil {
				t.Fatal(err)
			}
			if string(res.Format) != name {
				t.Fatalf("read as %s", res.Format)
			}
			var got []string
			for _, row := range res.Roster.Rows {
				got = append(got, row.Values[roster.Municipality])
			}
			if !slices.Equal(got, []string{"Ale", "Lerum", "Ale"}) {
				t.Fatalf("municipalities %v", got)
			}
			var mixed []roster.RowID
			for _, p := range check.Check(res.Roster) {
				if p.Code == check.CodeMunicipalityMixed {
					mixed = append(mixed, p.Row)
				}
			}
			if !slices.Equal(mixed, []roster.RowID{res.Roster.Rows[1].ID}) {
				t.Errorf("municipality_mixed on %v, want Eva's row %v", mixed, res.Roster.Rows[1].ID)
			}
		})
	}
}
