package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// fixture is a file of internal/sheet's test data.
func fixture(name string) string {
	return filepath.Join("..", "..", "internal", "sheet", "testdata", "import", name)
}

// TestUnreadableFilesSaidInTheRunsLanguage checks the one line roster
// check prints for files it cannot read, in Swedish, in Finnish, and in
// English under --json, which is for scripts.
func TestUnreadableFilesSaidInTheRunsLanguage(t *testing.T) {
	empty := writeFile(t, "tom.csv", nil)
	noHeader := writeFile(t, "utan rubrik.csv", []byte("a;b;c\n1;2;3\n"))
	for _, tc := range []struct {
		args         []string
		sv, fi, json string
	}{
		{[]string{fixture("old.xls")},
			"old.xls: det här är en gammal Excel 97–2003-fil (.xls); öppna den i Excel och spara den som .xlsx",
			"old.xls: tämä on vanha Excel 97–2003 -tiedosto (.xls); avaa se Excelissä ja tallenna se .xlsx-muodossa",
			"old.xls: this is an old Excel 97–2003 file (.xls); open it in Excel and save it as .xlsx"},
		{[]string{fixture("locked.xlsx")},
			"locked.xlsx: arbetsboken är skyddad med lösenord: ange lösenordet (roster: --password), eller ta bort lösenordet i Excel och spara filen igen",
			"locked.xlsx: työkirja on suojattu salasanalla: anna salasana (roster: --password) tai poista salasana Excelissä ja tallenna tiedosto uudelleen",
			"locked.xlsx: the workbook is protected with a password: give the password (roster: --password), or remove it in Excel and save the file again"},
		{[]string{"--password", "fel", fixture("locked.xlsx")},
			"locked.xlsx: lösenordet är fel", "locked.xlsx: salasana on väärä", "locked.xlsx: the password is not correct"},
		{[]string{empty}, "tom.csv: filen är tom", "tom.csv: tiedosto on tyhjä", "tom.csv: the file is empty"},
		{[]string{noHeader},
			"utan rubrik.csv: ingen rubrikrad hittades i filen; rubrikraden ska ha minst tre av kolumnerna E-post,",
			"utan rubrik.csv: otsikkoriviä ei löytynyt tiedostosta; otsikkorivillä pitää olla vähintään kolme sarakkeista Sähköposti,",
			"utan rubrik.csv: no header row found in the file: expected at least three of the columns Email,"},
	} {
		for _, run := range []struct {
			args []string
			want string
		}{
			{append([]string{"--lang", "sv", "check"}, tc.args...), tc.sv},
			{append([]string{"--lang", "fi", "check"}, tc.args...), tc.fi},
			{append([]string{"--lang", "fi", "check", "--json"}, tc.args...), tc.json},
		} {
			code, stdout, stderr := runRoster(run.args...)
			if code != exitUnreadable || stdout != "" {
				t.Errorf("%q: exit %d, stdout %q", run.args, code, stdout)
			}
			if !strings.HasPrefix(stderr, run.want) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("%q: stderr %q,\nwant one line starting %q", run.args, stderr, run.want)
			}
		}
	}
}

func TestExportAndDiffErrorsSaidInTheRunsLanguage(t *testing.T) {
	clean := writeFile(t, "clean.csv", []byte(cleanCSV))
	missing := filepath.Join(t.TempDir(), "saknas")
	code, _, stderr := runRoster("--lang", "sv", "export", "--out", missing, "--date", "20260901", clean)
	if want := "roster export: Binogi_Borås_20260901.xlsx: mappen saknas finns inte\n"; code != exitUnreadable || stderr != want {
		t.Errorf("export into a missing folder: exit %d, stderr %q, want %q", code, stderr, want)
	}
	code, _, stderr = runRoster("--lang", "fi", "diff", clean, fixture("old.xls"))
	if want := "old.xls: tämä on vanha Excel 97–2003 -tiedosto (.xls)"; code != exitUnreadable || !strings.HasPrefix(stderr, want) {
		t.Errorf("diff with an old workbook: exit %d, stderr %q, want %q", code, stderr, want)
	}
	code, _, stderr = runRoster("--lang", "fi", "diff", "--json", clean, fixture("old.xls"))
	if want := "old.xls: this is an old Excel"; code != exitUnreadable || !strings.HasPrefix(stderr, want) {
		t.Errorf("diff --json: exit %d, stderr %q, want English %q", code, stderr, want)
	}
}

func TestOptionErrorsAndHelpSaidInTheRunsLanguage(t *testing.T) {
	code, _, stderr := runRoster("--lang", "sv", "check", "--bogus", "a.csv")
	if code != exitUnreadable || !strings.HasPrefix(stderr, "roster check: det finns inget alternativ --bogus\nanvändning:\n") {
		t.Errorf("unknown option: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runRoster("--lang", "fi", "export", "a.csv", "--out")
	if code != exitUnreadable || !strings.HasPrefix(stderr, "roster export: valitsin --out tarvitsee arvon\nkäyttö:\n") {
		t.Errorf("option without a value: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runRoster("--lang", "sv", "diff", "-json=kanske", "a", "b")
	if code != exitUnreadable || !strings.HasPrefix(stderr, "roster diff: alternativet --json kan inte ha värdet \"kanske\"\n") {
		t.Errorf("bad value: exit %d, stderr %q", code, stderr)
	}
	for l, want := range map[string]string{
		"en": "--password PASSWORD opens a workbook protected with a password",
		"sv": "--password LÖSENORD öppnar en arbetsbok som är skyddad med lösenord",
		"fi": "--password SALASANA avaa salasanalla suojatun työkirjan",
	} {
		code, stdout, _ := runRoster("--lang", l, "help")
		if code != exitOK || !strings.Contains(stdout, want) {
			t.Errorf("%s help: exit %d, lacks %q:\n%s", l, code, want, stdout)
		}
		if _, _, stderr := runRoster("--lang", l, "check", "-h"); !strings.Contains(stderr, want) {
			t.Errorf("%s check -h: lacks %q:\n%s", l, want, stderr)
		}
	}
}
