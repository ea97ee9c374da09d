package schooldata

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestEmailFromUsername reads an SDS and a OneRoster export whose users.csv
// leaves email empty, as both standards allow: a username shaped as an
// address (the login, most often the school address) is read as the
// email, said in a notice; one that is not an address is not, and the
// row is missing its email as before (tester T37).
func TestEmailFromUsername(t *testing.T) {
	for _, format := range []string{"sds", "oneroster"} {
		dir := filepath.Join("testdata", format)
		names, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		files := map[string]string{}
		for _, e := range names {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			files[e.Name()] = string(data)
		}
		records, err := csv.NewReader(strings.NewReader(files["users.csv"])).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		email, username, given := slices.Index(records[0], "email"), slices.Index(records[0], "username"), slices.Index(records[0], "givenName")
		for _, r := range records[1:] {
			r[email] = ""
			if r[given] == "Nils" {
				r[username] = "nils.holm" // not an address
			}
		}
		var b strings.Builder
		w := csv.NewWriter(&b)
		if err := w.WriteAll(records); err != nil {
			t.Fatal(err)
		}
		files["users.csv"] = b.String()
		res, err := Read(writeExport(t, files), Options{Date: exportDate, NoProtectedMarks: true})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, r := range rowsOf(res) {
			v := strings.Split(r, "|")
			got[v[1]] = v[0]
		}
		if nils, ok := got["Nils"]; got["Elsa"] != "elsa.ek@ale.example.se" || !ok || nils != "" {
			t.Errorf("%s: emails %v, want Elsa's username, none for Nils", format, got)
		}
		if !slices.Contains(codesOf(res), NoticeEmailFromUsername) {
			t.Errorf("%s: notices %v, want %s", format, codesOf(res), NoticeEmailFromUsername)
		}
	}
}

func TestLoginAddress(t *testing.T) {
	for s, want := range map[string]bool{
		"elsa.ek@ale.example.se": true, "a@b.se": true, "olle.berg": false, "@ale.se": false,
		"a@b": false, "a b@c.se": false, "a@b@c.se": false, "a@b.": false, "": false,
	} {
		if got := loginAddress(s); got != want {
			t.Errorf("loginAddress(%q) = %v, want %v", s, got, want)
		}
	}
}
