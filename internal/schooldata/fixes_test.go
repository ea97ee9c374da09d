package schooldata

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"rosterdesk/internal/check"
)

func problemCodes(res *Result) []check.Code {
	var out []check.Code
	for _, p := range res.Problems {
		out = append(out, p.Code)
	}
	return out
}

// An SS12000 export in which no one has securityMarking carries no
// protection at all: blocked as SDS is.
func TestSS12000WithoutAnyMarkIsUnknown(t *testing.T) {
	dir := writeExport(t, map[string]string{
		"organisations.json": `{"data":[{"id":"s","displayName":"Norrskolan","organisationType":"Skolenhet","municipalityCode":"1440"}]}`,
		"persons.json":       `{"data":[{"id":"a","givenName":"Ann","familyName":"Ek","enrolments":[{"enroledAt":{"id":"s"}}]}]}`,
	})
	res, err := Read(dir, Options{Date: exportDate})
	if err != nil {
		t.Fatal(err)
	}
	if !res.NoMarks || !slices.Contains(problemCodes(res), check.CodeProtectedUnknown) || res.ProtectedColumn != "" {
		t.Errorf("NoMarks %v, problems %v, column %q", res.NoMarks, problemCodes(res), res.ProtectedColumn)
	}
}

// Every line of the protected list must name someone: a typo, a name for
// an address, is an error that names the list and the line.
func TestProtectedListLineThatMatchesNoOne(t *testing.T) {
	list := []ListEntry{{"elsa.ek@ale.example.se", 2}, {"Elsa Ek", 3}, {"olle.berg@ale.exmple.se", 5}}
	res, err := Read(filepath.Join("testdata", "sds"), Options{Date: exportDate, ProtectedList: list, ProtectedListName: "/x/skyddade.txt"})
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, p := range res.Problems {
		if p.Code == check.CodeProtectedListUnmatched {
			msgs = append(msgs, p.Message.String())
		}
	}
	if len(msgs) != 2 || !strings.Contains(msgs[0], "line 3 of the protected list skyddade.txt") || !strings.Contains(msgs[1], "line 5") ||
		strings.Contains(strings.Join(msgs, " "), "Elsa") {
		t.Errorf("problems %q", msgs)
	}
	if res.Roster.Count().Protected != 1 {
		t.Errorf("%d protected, want Elsa", res.Roster.Count().Protected)
	}
}

// ReadList reads UTF-16 (PowerShell's >, Notepad's "Unicode"), UTF-8 with
// a BOM and Windows-1252, skips comments and blank lines, and takes a CSV
// line's first column.
func TestReadList(t *testing.T) {
	text := "# skyddade\r\nåsa.öberg@ale.example.se\r\n\r\n\"u3\";Nils Holm\r\n"
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	cp1252, _ := charmap.Windows1252.NewEncoder().String(text)
	for name, data := range map[string]string{"utf16": utf16, "utf8bom": "\ufeff" + text, "cp1252": cp1252} {
		p := filepath.Join(t.TempDir(), name+".txt")
		os.WriteFile(p, []byte(data), 0o644)
		got, err := ReadList(p)
		want := []ListEntry{{"åsa.öberg@ale.example.se", 2}, {"u3", 4}}
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("%s: %v, %v", name, got, err)
		}
	}
}

// SDS files that Excel saved again, in Windows-1252 and with semicolons,
// read as the school system wrote them.
func TestSDSSavedByExcel(t *testing.T) {
	files := map[string]string{}
	for _, name := range []string{"orgs.csv", "users.csv", "roles.csv", "classes.csv", "enrollments.csv"} {
		data, err := os.ReadFile(filepath.Join("testdata", "sds", name))
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ReplaceAll(strings.ReplaceAll(string(data), "Elsa,Ek", "Åsa,Öberg"), ",", ";")
		enc, _ := charmap.Windows1252.NewEncoder().String(text)
		files[name] = enc
	}
	res, err := Read(writeExport(t, files), Options{Date: exportDate, NoProtectedMarks: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := rowsOf(res); len(got) != 4 || !strings.HasPrefix(got[0], "elsa.ek@ale.example.se|Åsa|Öberg|9A|Norrskolan|Ale|") || !strings.Contains(got[1], "Söderskolan") {
		t.Errorf("rows %v", got)
	}
}

// An export read for a day after every enrolment ended holds staff only:
// a warning says so and names the date.
func TestNoStudentValidOnTheDate(t *testing.T) {
	late := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	res, err := Read(filepath.Join("testdata", "ss12000-combined.json"), Options{Date: late})
	if err != nil {
		t.Fatal(err)
	}
	if c := res.Roster.Count(); c.Students != 0 || !slices.Contains(problemCodes(res), check.CodeNotValidOnDate) {
		t.Errorf("%d students, problems %v", c.Students, problemCodes(res))
	}
	if slices.Contains(problemCodes(res), check.CodeNoneValidOnDate) {
		t.Errorf("staff are valid, but problems %v", problemCodes(res))
	}
	res, err = Read(filepath.Join("testdata", "ss12000-combined.json"), Options{Date: exportDate})
	if err != nil || slices.Contains(problemCodes(res), check.CodeNotValidOnDate) {
		t.Errorf("valid on the export date: %v, %v", err, problemCodes(res))
	}
}

// An export in which no one is valid on the date is an error of the
// whole file, not a warning: its upload file would be empty. One person
// valid makes it the per-person notice again.
func TestNoOneValidOnTheDate(t *testing.T) {
	ended := "userSourcedId,orgSourcedId,role,isPrimary,roleStartDate,roleEndDate\n" +
		"u1,s1,student,true,2024-08-15,2025-06-10\nt1,s1,teacher,true,2020-08-15,2025-06-30\n"
	res, err := Read(sdsExport(t, twoUsers, ended, twoEnrol), Options{Date: exportDate, NoProtectedMarks: true})
	if err != nil {
		t.Fatal(err)
	}
	var none []check.Problem
	for _, p := range res.Problems {
		if p.Code == check.CodeNoneValidOnDate {
			none = append(none, p)
		}
	}
	if len(res.Roster.Rows) != 0 || len(none) != 1 || none[0].Severity != check.Error || none[0].Row != 0 ||
		slices.Contains(problemCodes(res), check.CodeNotValidOnDate) {
		t.Errorf("%d rows, problems %+v", len(res.Roster.Rows), res.Problems)
	}
	teacher := strings.Replace(ended, "2025-06-30", "", 1)
	res, err = Read(sdsExport(t, twoUsers, teacher, twoEnrol), Options{Date: exportDate, NoProtectedMarks: true})
	if err != nil {
		t.Fatal(err)
	}
	if codes := problemCodes(res); len(res.Roster.Rows) != 1 || slices.Contains(codes, check.CodeNoneValidOnDate) ||
		!slices.Contains(codes, check.CodeNotValidOnDate) || !slices.Contains(codesOf(res), NoticeNotValid) {
		t.Errorf("%d rows, problems %v, notices %v", len(res.Roster.Rows), codes, codesOf(res))
	}
}
