package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// notProtected are the files of the protected-identity corpus whose
// second pupil is marked with an explicit "no", written oddly: she is
// exported. In every other file she must not be.
var notProtected = map[string]bool{
	"protected_value_nej_zwsp.xlsx": true,
	"protected_value_dash.xlsx":     true,
}

// TestExportLeavesOutEveryProtectedVariant exports each file of the
// protected-identity corpus (internal/sheet/hostile_protected_test.go)
// and reads the upload file back with excelize and with openpyxl: the
// pupil marked protected (aino.2@…) is in neither, the other one is.
func TestExportLeavesOutEveryProtectedVariant(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(hostileDir, "protected_*"))
	if len(files) < 30 {
		t.Fatalf("%d protected-identity files, want at least 30", len(files))
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			out := t.TempDir()
			args := []string{"export", "--out", out, "--date", "20260901", f}
			if name == "protected_header_unknown.xlsx" {
				code, stdout, stderr := runRoster(args...)
				if code != exitProblems || stdout != "" || !strings.Contains(stderr, `--map "Spärrmarkering=Protected"`) {
					t.Fatalf("unmapped mark column: exit %d, stdout %q, stderr %q", code, stdout, stderr)
				}
				if left, _ := os.ReadDir(out); len(left) != 0 {
					t.Fatalf("wrote %d files while the column was unknown", len(left))
				}
				args = append([]string{"export", "--map", "Spärrmarkering=Protected"}, args[1:]...)
			}
			code, stdout, stderr := runRoster(args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			path := strings.TrimSpace(stdout)
			for reader, emails := range map[string][]string{"excelize": excelizeEmails(t, path), "openpyxl": openpyxlEmails(t, path)} {
				var tova, aino bool
				for _, e := range emails {
					tova = tova || strings.HasPrefix(e, "tova.0@")
					aino = aino || strings.HasPrefix(e, "aino.2@") || strings.HasPrefix(e, "sekretess@")
				}
				if !tova || aino != notProtected[name] {
					t.Errorf("%s reads %q: want Tova, and Aino only if not protected", reader, emails)
				}
			}
		})
	}
}

// excelizeEmails returns column A of the upload file below the header.
func excelizeEmails(t *testing.T, path string) []string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetList()[0])
	if err != nil || len(rows) == 0 || rows[0][0] != "Email" {
		t.Fatalf("excelize: %v, %q", err, rows)
	}
	var out []string
	for _, r := range rows[1:] {
		out = append(out, r[0])
	}
	return out
}

// openpyxlEmails is excelizeEmails through openpyxl in read-only mode,
// or skips the test when /usr/bin/python3 has no openpyxl.
func openpyxlEmails(t *testing.T, path string) []string {
	t.Helper()
	var col []string
	for _, r := range openpyxlColumns(t, path, 0) {
		col = append(col, r[0])
	}
	return col
}

// mapCSV has a class column under an unknown name, a column that sounds
// like a protection mark, and personal identity numbers (made up).
const mapCSV = "E-post;Förnamn;Efternamn;Hemvist;Skola;Kommun;Roll;Spärrkod;Personnummer\n" +
	"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;;811218-9876\n" +
	"aino@skola.example.se;Aino;Berg;9A;Norrskolan;Borås;elev;S;131052-308T\n"

func TestMapOption(t *testing.T) {
	path := writeFile(t, "elever.csv", []byte(mapCSV))

	rep := checkJSON(t, path, exitProblems)
	if len(rep.Problems) < 1 || rep.Problems[0].Code != "protected_column_unknown" || rep.Problems[0].Row != 1 ||
		rep.Problems[0].Column != "Spärrkod" || rep.Problems[0].Field != "" || rep.Problems[0].Severity != "error" {
		t.Errorf("unmapped: %+v", rep.Problems)
	}

	code, stdout, stderr := runRoster("check", "--json", "--map", "spärrkod=protected", "--map", "Hemvist=Class", path)
	if code != exitOK {
		t.Fatalf("mapped: exit %d, %s", code, stderr)
	}
	var mapped report
	if err := json.Unmarshal([]byte(stdout), &mapped); err != nil {
		t.Fatal(err)
	}
	if mapped.Protected != 1 || mapped.Columns["Class"] != "Hemvist" || mapped.Columns["Protected"] != "Spärrkod" {
		t.Errorf("mapped: protected %d, columns %v", mapped.Protected, mapped.Columns)
	}
	if len(mapped.Problems) != 1 || mapped.Problems[0].Code != "protected_value" || mapped.Problems[0].Field != "Protected" ||
		mapped.Problems[0].Column != "Spärrkod" || mapped.Problems[0].Row != 3 {
		t.Errorf("mapped: problems %+v, want protected_value on row 3, column Spärrkod", mapped.Problems)
	}

	if code, _, _ := runRoster("check", "--map", "Spärrkod=Ignore", "--map", "Hemvist=Class", path); code != exitOK {
		t.Errorf("Spärrkod=Ignore: exit %d", code)
	}
	for _, tc := range []struct {
		arg, want string
	}{
		{"Saknas=Email", `--map "Saknas=Email": no file read has a column "Saknas"`},
		{"Spärrkod=Grade9", "a mapping's target is one of Email, FirstName"},
		{"Spärrkod", `a mapping is written "SOURCE HEADER=TARGET"`},
		{"Personnummer=SSOID", `the column "Personnummer" holds personal identity numbers`},
	} {
		code, stdout, stderr := runRoster("export", "--out", t.TempDir(), "--map", tc.arg, "--map", "Spärrkod=Ignore", path)
		if code != exitUnreadable || stdout != "" || !strings.Contains(stderr, tc.want) {
			t.Errorf("--map %q: exit %d, stdout %q, stderr %q; want exit 2 and %q", tc.arg, code, stdout, stderr, tc.want)
		}
		if strings.Contains(stderr, "811218") {
			t.Errorf("--map %q: a personal number in the message: %q", tc.arg, stderr)
		}
	}
}

// TestIdentityNumbersInARecognisedColumnBlockExport reads a workbook
// written by openpyxl whose column "SSO-id", recognised as SSOID by its
// header, holds personal identity numbers in every written form (as text
// and as a number): each is an error on its cell naming the column, the
// export writes nothing, and no number appears in what is printed. Once
// the column is mapped to Ignore the list exports, without them.
func TestIdentityNumbersInARecognisedColumnBlockExport(t *testing.T) {
	path := filepath.Join(importDir, "privacy_ssoid_pnr.xlsx")
	rep := checkJSON(t, path, exitProblems)
	var rows []int
	for _, p := range rep.Problems {
		if p.Code != "identity_number" || p.Field != "SSOID" || p.Column != "SSO-id" || p.Severity != "error" {
			t.Errorf("unexpected problem %+v", p)
			continue
		}
		rows = append(rows, p.Row)
	}
	if !slices.Equal(rows, []int{2, 3, 4, 5, 6}) {
		t.Errorf("identity_number on rows %v, want 2 to 6 (row 7 holds an ordinary id)", rows)
	}
	out := t.TempDir()
	code, stdout, stderr := runRoster("export", "--out", out, "--date", "20260901", path)
	if code != exitProblems || stdout != "" {
		t.Fatalf("export: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if left, _ := os.ReadDir(out); len(left) != 0 {
		t.Fatalf("wrote %d files with identity numbers in SSOID", len(left))
	}
	for _, digits := range []string{"1003151238", "1107224568", "1001012382", "131052", "0905053211"} {
		if strings.Contains(stderr, digits) {
			t.Errorf("an identity number in the output: %q", stderr)
		}
	}
	code, stdout, stderr = runRoster("export", "--out", out, "--date", "20260901", "--map", "SSO-id=Ignore", path)
	if code != exitOK {
		t.Fatalf("SSO-id=Ignore: exit %d, %s", code, stderr)
	}
	for _, r := range openpyxlColumns(t, strings.TrimSpace(stdout), 0, 7) {
		if r[1] != "" {
			t.Errorf("SSOID %q sent after SSO-id=Ignore", r[1])
		}
	}
}

// TestMarkValuesBlockExportUntilSaid exports privacy_mark_values.xlsx
// (openpyxl, tester T2 and T12): a "Skyddad folkbokföring" under
// "Anmärkning", a "Markering" of Ja and a "Luovutuskielto" column block
// the export, each named with the --map that settles it; once said, the
// upload file, read back with openpyxl, holds neither Tove (Anmärkning),
// Tyra (Kvarskrivning) nor Nils (Markering).
func TestMarkValuesBlockExportUntilSaid(t *testing.T) {
	path := filepath.Join(importDir, "privacy_mark_values.xlsx")
	out := t.TempDir()
	code, stdout, stderr := runRoster("export", "--out", out, "--date", "20260901", path)
	if code != exitProblems || stdout != "" {
		t.Fatalf("unsaid: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	for _, col := range []string{"Anmärkning", "Markering", "Luovutuskielto"} {
		if !strings.Contains(stderr, `the column "`+col+`" may mark protected identity`) {
			t.Errorf("stderr does not name %s: %s", col, stderr)
		}
	}
	code, stdout, stderr = runRoster("export", "--out", out, "--date", "20260901", "--map", "Anmärkning=Protected",
		"--map", "Markering=Protected", "--map", "Luovutuskielto=Ignore", path)
	if code != exitOK {
		t.Fatalf("said: exit %d, %s", code, stderr)
	}
	emails := openpyxlEmails(t, strings.TrimSpace(stdout))
	if strings.Join(emails, ",") != "alva.berg@elev.example,ida.sand@elev.example" {
		t.Errorf("openpyxl reads %q, want Alva and Ida only", emails)
	}
}

// TestExportHonoursMarksOnSheetsNotRead exports privacy_hidden_marks.xlsx
// (openpyxl, tester T17) and reads the upload file back with openpyxl:
// the pupils marked on the hidden sheet and on the leavers' sheet are not
// in it, though neither sheet is read as people.
func TestExportHonoursMarksOnSheetsNotRead(t *testing.T) {
	code, stdout, stderr := runRoster("export", "--out", t.TempDir(), "--date", "20260901", filepath.Join(importDir, "privacy_hidden_marks.xlsx"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "left out 2 rows with protected identity") {
		t.Errorf("stderr does not count the two: %s", stderr)
	}
	emails := openpyxlEmails(t, strings.TrimSpace(stdout))
	if strings.Join(emails, ",") != "alva.berg@elev.example,ida.sand@elev.example" {
		t.Errorf("openpyxl reads %q, want Alva and Ida only", emails)
	}
}

// TestExportProtectsByNameFromAListWithoutAddresses exports the main list
// (openpyxl) with the office's list of protected pupils by name only
// (tester T11) and reads the upload file back with openpyxl: Tove and Leo
// are not in it, and the line that matches no one is a warning.
func TestExportProtectsByNameFromAListWithoutAddresses(t *testing.T) {
	code, stdout, stderr := runRoster("export", "--out", t.TempDir(), "--date", "20260901",
		filepath.Join(importDir, "privacy_names_main.xlsx"), filepath.Join(importDir, "privacy_names_protected.csv"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "protected, but without an address") {
		t.Errorf("stderr does not warn of the unmatched line: %s", stderr)
	}
	emails := openpyxlEmails(t, strings.TrimSpace(stdout))
	if strings.Join(emails, ",") != "alva.berg@elev.example" {
		t.Errorf("openpyxl reads %q, want Alva only", emails)
	}
}

// TestExportFillsMergedCells exports privacy_merged.xlsx (openpyxl,
// tester T8) and reads the upload file back with openpyxl: Tyra, under
// the "Ja" merged over her and her sister's rows, is not in it, and Leo
// is in the class merged over his row.
func TestExportFillsMergedCells(t *testing.T) {
	code, stdout, stderr := runRoster("export", "--out", t.TempDir(), "--date", "20260901", filepath.Join(importDir, "privacy_merged.xlsx"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got []string
	for _, r := range openpyxlColumns(t, strings.TrimSpace(stdout), 0, 3) {
		got = append(got, r[0]+" "+r[1])
	}
	want := "alva.berg@elev.example 9A,ida.sand@elev.example 9B,leo.strand@elev.example 9B"
	if strings.Join(got, ",") != want {
		t.Errorf("openpyxl reads %q, want %q", got, want)
	}
}

// TestMapProtectionColumnToIgnoreWarns checks that
// --map "Skyddad identitet=Ignore" switches off a column the program
// reads as protection marks: the run may still export, but every row a
// mark in it would protect is a warning that says so (tester T41: 0
// warnings, not even a notice).
func TestMapProtectionColumnToIgnoreWarns(t *testing.T) {
	src := writeFile(t, "elever.csv", []byte("Förnamn,Efternamn,E-post,Klass,Skola,Kommun,Roll,Skyddad identitet\n"+
		"Tove,Lager,tove.lager@elev.ale.se,9A,Ale skola,Ale,Elev,Ja\n"+
		"Nils,Berg,nils.berg@elev.ale.se,9A,Ale skola,Ale,Elev,Nej\n"))
	code, stdout, stderr := runRoster("check", "--map", "Skyddad identitet=Ignore", src)
	if code != exitOK || !strings.Contains(stdout, `row 2, column "Skyddad identitet": warning: "Skyddad identitet" says "Ja", which marks protected identity, but the column was mapped to Ignore`) ||
		!strings.Contains(stdout, "0 errors, 1 warning") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	out := t.TempDir()
	code, _, stderr = runRoster("export", "--out", out, "--date", "20261202", "--map", "Skyddad identitet=Ignore", src)
	if code != exitOK || !strings.Contains(stderr, "mapped to Ignore") {
		t.Errorf("export: exit %d, stderr %q", code, stderr)
	}
}
