package schooldata

import (
	"slices"
	"testing"
)

// A class of another school than the student's is not her class at her
// own: Leo, a student at Norrskolan whose only class is Söderskolan's 9A,
// is not exported in 9A at Norrskolan, and his class choices say whose
// 9A it is (tester T6). A class of her own school beside another
// school's is her class.
func TestClassOfAnotherSchool(t *testing.T) {
	users := "sourcedId,username,givenName,familyName,email\n" +
		"u1,leo@ale.example.se,Leo,Strand,leo@ale.example.se\nu2,ida@ale.example.se,Ida,Sund,ida@ale.example.se\n"
	roles := "userSourcedId,orgSourcedId,role,isPrimary\nu1,s1,student,true\nu2,s1,student,true\n"
	dir := writeExport(t, map[string]string{
		"orgs.csv":        "sourcedId,name,type,parentSourcedId\nd1,Ale kommun,district,\ns1,Norrskolan,school,d1\ns2,Söderskolan,school,d1\n",
		"users.csv":       users,
		"roles.csv":       roles,
		"classes.csv":     "sourcedId,orgSourcedId,title\nc1,s1,9A\nc2,s2,9A\nc3,s1,9B\n",
		"enrollments.csv": "classSourcedId,userSourcedId,role\nc2,u1,student\nc2,u2,student\nc3,u2,student\n",
	})
	res, err := Read(dir, Options{Date: exportDate, NoProtectedMarks: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"leo@ale.example.se|Leo|Strand||Norrskolan|Ale|student|leo@ale.example.se",
		"ida@ale.example.se|Ida|Sund|9B|Norrskolan|Ale|student|ida@ale.example.se"}
	if got := rowsOf(res); !slices.Equal(got, want) {
		t.Errorf("rows\n%q\nwant\n%q", got, want)
	}
	cc := res.Roster.ClassChoicesIndex()
	if cc < 0 || res.Roster.Rows[0].ExtraValue(cc) != "9A (Söderskolan)" || res.Roster.Rows[1].ExtraValue(cc) != "" {
		t.Errorf("class choices: columns %v, Leo %v, Ida %v", res.Roster.ExtraColumns, res.Roster.Rows[0].Extra, res.Roster.Rows[1].Extra)
	}
	if slices.Contains(codesOf(res), NoticeChoices) {
		t.Errorf("notices %v: no one has several classes or schools", codesOf(res))
	}
}
