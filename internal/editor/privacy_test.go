package editor

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// A made-up person whose name no message may ever repeat: errors and
// problems say where (file, row, column) and what is wrong, never whose.
const (
	secretFirst = "Zyxwvuta"
	secretLast  = "Qwertyson"
	secretLocal = "zyxwvuta.qwertyson"
)

// assertNoSecret fails when text holds the made-up person's name.
func assertNoSecret(t *testing.T, what, text string) {
	t.Helper()
	lower := strings.ToLower(text)
	for _, s := range []string{secretFirst, secretLast, secretLocal} {
		if strings.Contains(lower, strings.ToLower(s)) {
			t.Errorf("%s names the person: %s", what, text)
		}
	}
}

// secretRoster is a roster whose rows hold the name in every kind of
// mistake the checks find.
func secretRoster() *roster.Roster {
	r := roster.New()
	email := secretLocal + "@skola.example.se"
	for _, v := range [][roster.NumFields]string{
		{email, secretFirst, secretLast, "9A", "Norrskolan", "Borås", "student", secretLocal},
		{email, " " + secretFirst + "  ", secretLast + "\t", "9", "Norrskolan", "Borås", "student", secretLocal},
		{secretFirst + " " + secretLast + " <" + email + ">", secretFirst, "", "9 a", "Norrskolan", "Borås", "elev", ""},
		{secretLocal + "@", secretFirst, secretLast, "", "Norrskolan", "Borås", "student", ""},
		{secretFirst + " " + secretLast + "@skola.example.se", "", secretLast, "9A", "Norrskolan", "Borås", "teacher", ""},
		{secretLocal + "å@skola.example.se", secretFirst, secretLast, "9A", "Norrskolan", "Borås", secretFirst, ""},
	} {
		r.Append(v)
	}
	return r
}

func TestProblemsNameNoOne(t *testing.T) {
	d := newDocument(secretRoster())
	problems := d.Checker().Problems()
	if len(problems) < 8 {
		t.Fatalf("only %d problems: the roster no longer makes the mistakes it should", len(problems))
	}
	for _, p := range problems {
		assertNoSecret(t, "problem "+string(p.Code), p.Message.String())
		if p.Fix != nil {
			assertNoSecret(t, "fix label "+string(p.Code), p.Fix.Label.String())
		}
	}
}

// rewriteZip copies the workbook at path with edit applied to every part.
func rewriteZip(t *testing.T, path string, edit func(name string, data []byte) []byte) []byte {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(edit(f.Name, data))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestFileErrorsNameNoOne(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "lista.xlsx")
	if err := sheet.SaveWorkingCopy(good, secretRoster()); err != nil {
		t.Fatal(err)
	}
	valid, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	inSheet := func(edit func([]byte) []byte) []byte {
		return rewriteZip(t, good, func(name string, data []byte) []byte {
			if strings.HasPrefix(name, "xl/worksheets/") {
				return edit(data)
			}
			return data
		})
	}
	header := "Email,FirstName,LastName,Class,School,Municipality,Role,SSOID\n"
	row := secretLocal + "@skola.example.se," + secretFirst + "," + secretLast + ",9A,Norrskolan,Borås,student,\n"
	files := map[string][]byte{
		"truncated.xlsx": valid[:len(valid)*2/3],
		"entity.xlsx": inSheet(func(b []byte) []byte {
			return bytes.Replace(b, []byte(secretFirst), []byte("&"+secretFirst+";"), 1)
		}),
		"unclosed.xlsx": inSheet(func(b []byte) []byte {
			return bytes.Replace(b, []byte(secretFirst+"</t>"), []byte(secretFirst+"</"+secretLast+">"), 1)
		}),
		"badattr.xlsx": inSheet(func(b []byte) []byte {
			return bytes.Replace(b, []byte(`r="B2"`), []byte(`r="`+secretFirst+`"`), 1)
		}),
		"quote.csv":   []byte(header + strings.Replace(row, secretFirst, `"`+secretFirst, 1) + row),
		"ragged.csv":  []byte(header + strings.TrimSuffix(row, "\n") + "," + secretLast + ",x,y\n"),
		"binary.csv":  []byte(header + "\x00\x01" + row),
		"renamed.csv": valid,
		"named.xlsx":  []byte(header + row),
	}
	opened := 0
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		doc, err := Open(path)
		if err != nil {
			assertNoSecret(t, name, err.Error())
			continue
		}
		opened++
		for _, p := range doc.Checker().Problems() {
			assertNoSecret(t, name+": problem", p.Message.String())
		}
	}
	if opened == len(files) {
		t.Fatal("every broken file opened: the test no longer makes any error")
	}

	d := newDocument(secretRoster())
	long := strings.Repeat(secretFirst, 5000)
	d.SetCell(d.Row(0).ID, FieldColumn(roster.FirstName), long)
	if err := d.Save(filepath.Join(dir, "lång.xlsx")); err == nil {
		t.Error("a cell longer than a spreadsheet holds was saved")
	} else {
		assertNoSecret(t, "saving a too long cell", err.Error())
	}
	if err := d.Save(filepath.Join(dir, "saknas", "lista.xlsx")); err == nil {
		t.Error("saved into a folder that does not exist")
	} else {
		assertNoSecret(t, "saving into a missing folder", err.Error())
	}
	if _, err := d.Export(d.PlanExport(dir, time.Now())); err == nil {
		t.Error("exported a list with errors")
	} else {
		assertNoSecret(t, "exporting with errors", err.Error())
	}
}
