package schooldata

import (
	"slices"
	"strings"
	"testing"
)

// Last year's class, of an academic session that ended before the export
// date, is no candidate beside this year's: Elsa is in 9B, not to choose
// between 8B and 9B (tester T4). A role of an ended session counts as an
// ended role.
func TestSDSSessionsEnded(t *testing.T) {
	dir := writeExport(t, map[string]string{
		"orgs.csv": "sourcedId,name,type,parentSourcedId\nd1,Ale kommun,district,\ns1,Norrskolan,school,d1\n",
		"users.csv": "sourcedId,username,givenName,familyName,email\nu1,elsa@ale.example.se,Elsa,Lind,elsa@ale.example.se\n" +
			"u2,bo@ale.example.se,Bo,Ek,bo@ale.example.se\nu3,ida@ale.example.se,Ida,Sund,ida@ale.example.se\n",
		"roles.csv": "userSourcedId,orgSourcedId,role,sessionSourcedId\nu1,s1,student,t26\nu2,s1,student,t25\nu3,s1,student,\n",
		"academicSessions.csv": "sourcedId,title,type,schoolYear,startDate,endDate\n" +
			"t25,2025/26,schoolYear,2026,2024-08-15,2025-06-12\nt26,2026/27,schoolYear,2027,2025-08-15,2026-06-12\n",
		"classes.csv":     "sourcedId,orgSourcedId,title,sessionSourcedIds\nc4,s1,8B,t25\nc5,s1,9B,t26\nc6,s1,9C,\"t25,t26\"\nc7,s1,9D,t99\n",
		"enrollments.csv": "classSourcedId,userSourcedId,role\nc4,u1,student\nc5,u1,student\nc4,u3,student\nc6,u3,student\nc7,u3,student\n",
	})
	res, err := Read(dir, Options{Date: exportDate, NoProtectedMarks: true})
	if err != nil {
		t.Fatal(err)
	}
	// Bo's only role is of last year; Ida's classes of this year are 9C
	// (one of its sessions is valid) and 9D (of a session the export
	// does not list, which does not bound it).
	want := []string{"elsa@ale.example.se|Elsa|Lind|9B|Norrskolan|Ale|student|elsa@ale.example.se",
		"ida@ale.example.se|Ida|Sund||Norrskolan|Ale|student|ida@ale.example.se"}
	if got := rowsOf(res); !slices.Equal(got, want) {
		t.Errorf("rows\n%q\nwant\n%q", got, want)
	}
	if cc := res.Roster.ClassChoicesIndex(); cc < 0 || res.Roster.Rows[1].ExtraValue(cc) != "9C | 9D" {
		t.Errorf("Ida's class choices: columns %v, extra %v", res.Roster.ExtraColumns, res.Roster.Rows[1].Extra)
	}
	if !slices.Contains(codesOf(res), NoticeNotValid) {
		t.Errorf("notices %v: Bo is not counted as left out", codesOf(res))
	}
	// The files read are named as the export spells them.
	if msg := res.Notices[0].Message.String(); !strings.Contains(msg, "academicSessions.csv, classes.csv") {
		t.Errorf("notice %q", msg)
	}
}

// A OneRoster enrolment in a class whose terms all ended does not count,
// for the class nor for the school.
func TestOneRosterTermsEnded(t *testing.T) {
	dir := writeExport(t, map[string]string{
		"manifest.csv": "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n",
		"orgs.csv":     "sourcedId,status,name,type,parentSourcedId\nd1,,Ale kommun,district,\ns1,,Norrskolan,school,d1\ns2,,Söderskolan,school,d1\n",
		"users.csv": "sourcedId,status,enabledUser,orgSourcedIds,role,username,givenName,familyName,email\n" +
			"u1,,true,\"s1,s2\",student,elsa@ale.example.se,Elsa,Lind,elsa@ale.example.se\n",
		"academicSessions.csv": "sourcedId,status,title,type,startDate,endDate,parentSourcedId,schoolYear\n" +
			"t25,,2025/26,schoolYear,2024-08-15,2025-06-12,,2026\nt26,,2026/27,schoolYear,2025-08-15,2026-06-12,,2027\n",
		"classes.csv": "sourcedId,status,title,classType,schoolSourcedId,termSourcedIds\nc4,,8B,homeroom,s2,t25\nc5,,9B,homeroom,s1,t26\n",
		"enrollments.csv": "sourcedId,status,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate\n" +
			"e1,,c4,s2,u1,student,,,\ne2,,c5,s1,u1,student,,,\n",
	})
	res, err := Read(dir, Options{Date: exportDate, NoProtectedMarks: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"elsa@ale.example.se|Elsa|Lind|9B|Norrskolan|Ale|student|elsa@ale.example.se"}
	if got := rowsOf(res); !slices.Equal(got, want) || res.Roster.ClassChoicesIndex() >= 0 {
		t.Errorf("rows %q, extra columns %v; want %q", got, res.Roster.ExtraColumns, want)
	}
	if res.Format != OneRoster {
		t.Errorf("format %v", res.Format)
	}
}
