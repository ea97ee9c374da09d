package schooldata

import (
	"slices"
	"strings"
	"testing"
)

// users.csv is split into cells as the roster import splits a csv file:
// text after a closing quote is part of the cell (`"Nan" Anna` is Nan
// Anna), and a quote that never closes on its line is refused, naming the
// file, the line and the column, instead of swallowing the people after
// it into one value.
func TestUsersCSVQuotes(t *testing.T) {
	const header = "sourcedId,username,givenName,familyName,email\n"
	lazy := header + "u1,ida@ale.example.se,\"Nan\" Anna,Sund,ida@ale.example.se\n" +
		"t1,bo@ale.example.se,Bo,Å\"s,bo@ale.example.se\n"
	res, err := Read(sdsExport(t, lazy, twoRoles, twoEnrol), Options{Date: exportDate, NoProtectedMarks: true})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, row := range rowsOf(res) {
		names = append(names, strings.Split(row, "|")[1]+" "+strings.Split(row, "|")[2])
	}
	if !slices.Equal(names, []string{"Nan Anna Sund", "Bo Å\"s", "Bo Å\"s"}) {
		t.Errorf("names %q", names)
	}
	open := header + "u1,ida@ale.example.se,Ida,Sund,ida@ale.example.se\n" +
		"t1,bo@ale.example.se,\"Bo,Ås,bo@ale.example.se\n" +
		"u2,eva@ale.example.se,Eva,Berg,eva@ale.example.se\n"
	_, err = Read(sdsExport(t, open, twoRoles, twoEnrol), Options{Date: exportDate, NoProtectedMarks: true})
	if err == nil || !strings.Contains(err.Error(), `users.csv, line 3, column "givenName": a quote`) {
		t.Errorf("an open quote: %v", err)
	}
	atEnd := header + "u1,ida@ale.example.se,Ida,Sund,ida@ale.example.se\n" + "t1,bo@ale.example.se,Bo,\"Ås,bo@ale.example.se"
	_, err = Read(sdsExport(t, atEnd, twoRoles, twoEnrol), Options{Date: exportDate, NoProtectedMarks: true})
	if err == nil || !strings.Contains(err.Error(), `users.csv, line 3, column "familyName": a quote`) {
		t.Errorf("an open quote on the last line: %v", err)
	}
}
