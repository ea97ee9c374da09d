package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// titlesCSV is a staff list as Swedish Excel writes it (cp1252, semicolons)
// whose Befattning column holds job titles.
var titlesCSV = filepath.Join("..", "..", "internal", "sheet", "testdata", "import", "titles_cp1252.csv")

// TestCheckPrintsNotices: the text output says, in the run's language and
// right after the summary line, which job titles were read as teacher.
func TestCheckPrintsNotices(t *testing.T) {
	for _, tt := range []struct{ lang, want string }{
		{"en", "read 4 job titles as teacher: Förstelärare ×2, Lärare i fritidshem ×1, Speciallärare i matematik ×1"},
		{"sv", "4 yrkestitlar lästes som lärare: Förstelärare ×2, Lärare i fritidshem ×1, Speciallärare i matematik ×1"},
		{"fi", "4 ammattinimikettä luettiin opettajaksi: Förstelärare ×2"},
	} {
		_, stdout, stderr := runRoster("--lang", tt.lang, "check", titlesCSV)
		lines := strings.Split(stdout, "\n")
		if len(lines) < 2 || !strings.HasPrefix(lines[1], tt.want) {
			t.Errorf("%s: second line is not the notice %q:\n%s%s", tt.lang, tt.want, stdout, stderr)
		}
	}
}

// TestCheckJSONNotices: --json gives the notice with its file, sheet and
// code, in English.
func TestCheckJSONNotices(t *testing.T) {
	rep := checkJSON(t, titlesCSV, exitProblems)
	if len(rep.Notices) != 1 {
		t.Fatalf("notices = %+v, want one", rep.Notices)
	}
	n := rep.Notices[0]
	if n.File != titlesCSV || n.Sheet != "" || n.Code != "teacher_titles" ||
		!strings.HasPrefix(n.Message, "read 4 job titles as teacher: Förstelärare ×2") {
		t.Errorf("notice = %+v", n)
	}
}
