package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// schoolDataDir holds the test exports of a small municipality, Ale, in
// each standard (internal/schooldata/testdata/make.py).
var schoolDataDir = filepath.Join("..", "..", "internal", "schooldata", "testdata")

// The rows of Ale's upload file, as openpyxl reads them back.
const (
	elsaRow = "elsa.ek@ale.example.se|Elsa|Ek|9A|Norrskolan|Ale|student|elsa.ek@ale.example.se"
	nilsRow = "nils.holm@ale.example.se|Nils|Holm|8B|Söderskolan|Ale|student|nils.holm@ale.example.se"
	annaRow = "anna.lind@ale.example.se|Anna|Lind||Norrskolan|Ale|teacher|anna.lind@ale.example.se"
	perRow  = "per.strand@ale.example.se|Per|Strand||Söderskolan|Ale|teacher|per.strand@ale.example.se"
)

// openpyxlRows reads every data row of the upload file at path with
// openpyxl (openpyxlUpload), its cells joined by "|".
func openpyxlRows(t *testing.T, path string) []string {
	t.Helper()
	var rows []string
	for _, r := range openpyxlUpload(t, path) {
		rows = append(rows, strings.Join(r, "|"))
	}
	return rows
}

// Each standard's export of Ale, as a folder, a zip or a JSON file, is
// converted and exported; the upload file is read back by openpyxl and
// excelize. SDS and OneRoster need --no-protected-marks or a protected
// list; SS12000 leaves out its protected pupil by her securityMarking.
func TestExportSchoolData(t *testing.T) {
	list := writeFile(t, "skyddade.txt", []byte("# protected people\nelsa.ek@ale.example.se\n\n"))
	cases := []struct {
		source string
		flags  []string
		rows   []string
		left   int
	}{
		{"sds", []string{"--no-protected-marks"}, []string{elsaRow, nilsRow, annaRow, perRow}, 0},
		{"sds.zip", []string{"--no-protected-marks"}, []string{elsaRow, nilsRow, annaRow, perRow}, 0},
		{"sds", []string{"--protected-list", list}, []string{nilsRow, annaRow, perRow}, 1},
		{"oneroster", []string{"--no-protected-marks"}, []string{elsaRow, nilsRow, annaRow, perRow}, 0},
		{"oneroster.zip", []string{"--protected-list", list}, []string{nilsRow, annaRow, perRow}, 1},
		{"ss12000", nil, []string{elsaRow, nilsRow, annaRow, perRow}, 1},
		{"ss12000.zip", nil, []string{elsaRow, nilsRow, annaRow, perRow}, 1},
		{"ss12000-combined.json", nil, []string{elsaRow, nilsRow, annaRow, perRow}, 1},
	}
	for _, c := range cases {
		t.Run(c.source+strings.Join(c.flags, ""), func(t *testing.T) {
			out := t.TempDir()
			args := append([]string{"export", "--out", out, "--date", "20260115"}, c.flags...)
			code, stdout, stderr := runRoster(append(args, filepath.Join(schoolDataDir, c.source))...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			path := strings.TrimSpace(stdout)
			if filepath.Base(path) != "Binogi_Ale_20260115.xlsx" {
				t.Errorf("wrote %s", path)
			}
			if want := "left out " + map[int]string{0: "0 rows", 1: "1 row"}[c.left] + " with protected identity"; !strings.Contains(stderr, want) {
				t.Errorf("stderr %q lacks %q", stderr, want)
			}
			if got := openpyxlRows(t, path); !slices.Equal(got, c.rows) {
				t.Errorf("openpyxl reads\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.rows, "\n"))
			}
			if got := excelizeEmails(t, path); len(got) != len(c.rows) {
				t.Errorf("excelize reads %q", got)
			}
		})
	}
}

// Without a word on protected identity, an SDS or OneRoster export is
// blocked; the check names the way out.
func TestSchoolDataWithoutMarksIsBlocked(t *testing.T) {
	for _, source := range []string{"sds", "oneroster.zip"} {
		out := t.TempDir()
		code, stdout, stderr := runRoster("export", "--out", out, "--date", "20260115", filepath.Join(schoolDataDir, source))
		if code != exitProblems || stdout != "" || !strings.Contains(stderr, "--no-protected-marks") {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", source, code, stdout, stderr)
		}
		if left, _ := os.ReadDir(out); len(left) != 0 {
			t.Errorf("%s: wrote %d files", source, len(left))
		}
		path := filepath.Join(schoolDataDir, source)
		rep := checkJSON(t, path, exitProblems)
		if len(rep.Problems) != 1 || rep.Problems[0].Code != "protected_unknown" || rep.Problems[0].Row != 0 ||
			rep.Problems[0].Field != "" || rep.Problems[0].File != path {
			t.Errorf("%s: problems %+v", source, rep.Problems)
		}
	}
}

// A problem of a whole export names the export and no row, in the text
// and in the JSON report (which leaves "row" out), also when it is the
// second source of the list.
func TestWholeFileProblemHasNoRow(t *testing.T) {
	staff := writeFile(t, "personal.csv", []byte("E-post;Förnamn;Efternamn;Skola;Kommun;Roll\nbo.ek@ale.example.se;Bo;Ek;Norrskolan;Ale;lärare\n"))
	sds := filepath.Join(schoolDataDir, "sds")
	code, stdout, _ := runRoster("check", "--date", "20260115", staff, sds)
	want := sds + ": SDS has no field for protected identity"
	if code != exitProblems || !strings.Contains(stdout, "\n"+want) || strings.Contains(stdout, "row 0") || strings.Contains(stdout, "row 1,") {
		t.Errorf("exit %d:\n%s\nwant a line starting %q", code, stdout, want)
	}
	code, stdout, _ = runRoster("check", "--json", "--date", "20260115", staff, sds)
	if code != exitProblems || strings.Contains(stdout, `"row": 0`) {
		t.Fatalf("exit %d: %s", code, stdout)
	}
	var rep report
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range rep.Problems {
		if p.Code == "protected_unknown" {
			found = p.File == sds && p.Sheet == "users.csv" && p.Row == 0
		}
	}
	if !found {
		t.Errorf("problems %+v", rep.Problems)
	}
}

// The school-data options: --ssoid and --teacher-role change the rows;
// a bad value, an unreadable list or a bad --date exit 2.
func TestSchoolDataOptions(t *testing.T) {
	sds := filepath.Join(schoolDataDir, "sds")
	code, stdout, _ := runRoster("check", "--json", "--date", "20260115", "--no-protected-marks", "--ssoid", "activeDirectoryMatchId", "--teacher-role", "administrator", sds)
	var rep report
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil || code != exitOK {
		t.Fatalf("exit %d, %v: %s", code, err, stdout)
	}
	if rep.Rows != 5 || rep.Teachers != 3 || rep.Columns["SSOID"] != "users.csv activeDirectoryMatchId" || rep.Sheet != "users.csv" {
		t.Errorf("report %+v", rep)
	}
	for _, args := range [][]string{
		{"check", "--ssoid", "mail", sds},
		{"check", "--protected-list", filepath.Join(t.TempDir(), "missing.txt"), sds},
		{"check", "--date", "20261332", sds},
		{"check", filepath.Join(schoolDataDir, "ss12000", "nothing.json")},
	} {
		if code, stdout, stderr := runRoster(args...); code != exitUnreadable || stdout != "" || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
	}
}

// A protected list whose line names no one blocks the export, naming the
// list and the line, not the person.
func TestProtectedListLineMatchingNoOne(t *testing.T) {
	list := writeFile(t, "skyddade.txt", []byte("elsa.ek@ale.exmple.se\n"))
	out := t.TempDir()
	code, stdout, stderr := runRoster("export", "--out", out, "--date", "20260115", "--protected-list", list, filepath.Join(schoolDataDir, "sds"))
	if code != exitProblems || stdout != "" || !strings.Contains(stderr, "line 1 of the protected list skyddade.txt matches no one") || strings.Contains(stderr, "exmple") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// flatPupils is a small csv of three pupils, Tove among them.
const flatPupils = "Förnamn,Efternamn,E-post,Klass,Skola,Kommun,Roll\n" +
	"Tove,Lager,tove.lager@elev.ale.se,9A,Ale skola,Ale,Elev\n" +
	"Nils,Berg,nils.berg@elev.ale.se,9A,Ale skola,Ale,Elev\n" +
	"Maja,Vik,maja.vik@elev.ale.se,9A,Ale skola,Ale,Elev\n"

// --protected-list applies to an ordinary csv as to school data (tester
// T49: it was ignored, and Tove exported): she is left out of the upload
// file and counted; a line naming no one blocks the export.
func TestProtectedListFlatExport(t *testing.T) {
	src := writeFile(t, "elever.csv", []byte(flatPupils))
	list := writeFile(t, "skyddade.txt", []byte("TOVE.LAGER@elev.ale.se\n"))
	out := t.TempDir()
	code, stdout, stderr := runRoster("export", "--out", out, "--date", "20261202", "--protected-list", list, src)
	if code != exitOK || !strings.Contains(stderr, "left out 1 row with protected identity") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	rows := openpyxlRows(t, strings.TrimSpace(stdout))
	if len(rows) != 2 || strings.Contains(strings.Join(rows, "\n"), "tove") {
		t.Errorf("upload file holds %q", rows)
	}
	rep := checkJSON(t, src, exitOK, "--protected-list", list)
	if rep.Protected != 1 || !slices.ContainsFunc(rep.Notices, func(n reportNotice) bool { return n.Code == "protected_list" }) {
		t.Errorf("report %+v", rep)
	}

	typo := writeFile(t, "typo.txt", []byte("tove.lagr@elev.ale.se\n"))
	out = t.TempDir()
	code, stdout, stderr = runRoster("export", "--out", out, "--protected-list", typo, src)
	if code != exitProblems || stdout != "" || !strings.Contains(stderr, "line 1 of the protected list typo.txt matches no one") {
		t.Errorf("typo: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if left, _ := os.ReadDir(out); len(left) != 0 {
		t.Errorf("typo: wrote %d files", len(left))
	}
}

// The options that mean something for school data only are refused with
// flat files, never ignored in silence: --no-protected-marks would be a
// statement the run never used.
func TestSchoolOnlyFlagsRefusedForFlatFiles(t *testing.T) {
	src := writeFile(t, "elever.csv", []byte(flatPupils))
	for _, args := range [][]string{
		{"check", "--no-protected-marks", src},
		{"export", "--out", t.TempDir(), "--no-protected-marks", src},
		{"check", "--teacher-role", "Rektor", src},
		{"check", "--ssoid", "activeDirectoryMatchId", src},
		{"check", "--no-protected-marks", "--ssoid", "username", filepath.Join(schoolDataDir, "oneroster")},
	} {
		code, stdout, stderr := runRoster(args...)
		flag := args[1]
		if args[0] == "export" {
			flag = args[3]
		}
		if strings.Contains(strings.Join(args, " "), "oneroster") {
			flag = "--ssoid"
		}
		if code != exitUnreadable || stdout != "" || !strings.Contains(stderr, flag+" applies to") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
	}
	if code, _, stderr := runRoster("check", "--no-protected-marks", "--teacher-role", "Rektor", filepath.Join(schoolDataDir, "oneroster"), src); code == exitUnreadable {
		t.Errorf("with school data among the files: exit %d, %s", code, stderr)
	}
}

// A working copy saved while the word on protected identity was owed is
// blocked by protected_unknown, and takes --no-protected-marks as a
// school-data export does (tester T48).
func TestUndecidedWorkingCopyTakesTheWord(t *testing.T) {
	r := roster.New()
	r.Append([roster.NumFields]string{"elsa.ek@ale.example.se", "Elsa", "Ek", "9A", "Norrskolan", "Ale", "student", ""})
	src := filepath.Join(t.TempDir(), "lista.xlsx")
	if err := sheet.SaveUndecidedWorkingCopy(src, r, nil); err != nil {
		t.Fatal(err)
	}
	if code, stdout, _ := runRoster("check", src); code != exitProblems || !strings.Contains(stdout, "Protected column says unknown") {
		t.Errorf("without the word: exit %d, %s", code, stdout)
	}
	if code, stdout, stderr := runRoster("check", "--no-protected-marks", src); code != exitOK || strings.Contains(stdout, "says unknown") {
		t.Errorf("with the word: exit %d, %s%s", code, stdout, stderr)
	}
}
