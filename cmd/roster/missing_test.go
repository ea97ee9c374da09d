package main

import (
	"strings"
	"testing"
)

// guardianCSV holds each pupil's address under a header the program does
// not know, beside the guardian's address, which is never the pupil's.
const guardianCSV = "Vårdnadshavare e-post;Förnamn;Efternamn;Klass;Elevens e-post;Skola;Kommun\n" +
	"anna.lind@example.se;Tova;Lind;9A;tova.lind@skola.example.se;Norrskolan;Borås\n" +
	"per.berg@example.se;Eskil;Berg;9B;eskil.berg@skola.example.se;Norrskolan;Borås\n"

// TestCheckSaysOnceThatAColumnIsMissing: with no Email or Role column,
// roster check says so once a field, naming the columns it did not
// recognise and --map, before the problems of every row; mapped, or
// filled by an option, the line goes.
func TestCheckSaysOnceThatAColumnIsMissing(t *testing.T) {
	path := writeFile(t, "elever.csv", []byte(guardianCSV))
	_, stdout, _ := runRoster("check", path)
	for _, want := range []string{
		`no column found for Email; columns not recognised: "Vårdnadshavare e-post", "Elevens e-post"; say which with --map "HEADER=Email"`,
		`no column found for Role; columns not recognised: "Vårdnadshavare e-post", "Elevens e-post"; say which with --map "HEADER=Role"`,
	} {
		if n := strings.Count(stdout, want+"\n"); n != 1 {
			t.Errorf("%d lines %q in:\n%s", n, want, stdout)
		}
	}
	if i, j := strings.Index(stdout, "no column found"), strings.Index(stdout, "required, but empty"); i < 0 || j < i {
		t.Errorf("the line does not come before the problems:\n%s", stdout)
	}
	if strings.Contains(stdout, "for FirstName") || strings.Contains(stdout, "for Class") || strings.Contains(stdout, "for SSOID") {
		t.Errorf("a column that was found, or is not needed, is said to be missing:\n%s", stdout)
	}

	_, stdout, _ = runRoster("check", "--map", "Elevens e-post=Email", path)
	if strings.Contains(stdout, "for Email") || !strings.Contains(stdout, `columns not recognised: "Vårdnadshavare e-post";`) {
		t.Errorf("after --map:\n%s", stdout)
	}
	_, stdout, _ = runRoster("check", "--json", path)
	if strings.Contains(stdout, "no column found") {
		t.Error("the line is in the JSON report")
	}
	_, stdout, _ = runRoster("check", writeFile(t, "clean.csv", []byte(cleanCSV)))
	if strings.Contains(stdout, "no column found") {
		t.Errorf("a clean list:\n%s", stdout)
	}
}
