package schooldata

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rosterdesk/internal/i18n"
)

// writeZip writes a zip of the given entries (name → contents) with
// Go's writer, whose headers state true sizes.
func writeZip(t *testing.T, entries map[string][]byte) string {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for name, data := range entries {
		f, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write(data)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "export.zip")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Hostile exports are refused with a message, fast, without a panic.
func TestHostileExports(t *testing.T) {
	deep := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	many := map[string][]byte{}
	for i := range maxEntries + 1 {
		many[fmt.Sprintf("f%d.csv", i)] = []byte("a\n")
	}
	bigDir := t.TempDir()
	if f, err := os.Create(filepath.Join(bigDir, "users.csv")); err == nil {
		f.Truncate(maxFileSize + 1) // sparse: nothing is written
		f.Close()
	}
	os.WriteFile(filepath.Join(bigDir, "orgs.csv"), []byte("sourcedId,name,type\n"), 0o644)
	loop := writeExport(t, map[string]string{
		"organisations.json": `{"data":[{"id":"a","displayName":"A","organisationType":"Skolenhet","parentOrganisation":{"id":"b"}},
			{"id":"b","displayName":"B","organisationType":"Skola","parentOrganisation":{"id":"a"}}]}`,
		"persons.json": `{"data":[{"id":"p","givenName":"X","familyName":"Y","enrolments":[{"enroledAt":{"id":"a"}}]}]}`,
	})
	cases := []struct {
		name, path, want string
	}{
		{"zip bomb", writeZip(t, map[string][]byte{"users.csv": bytes.Repeat([]byte("a"), 50<<20), "orgs.csv": nil}), "inflates far beyond"},
		{"too many files", writeZip(t, many), "too many files"},
		{"deep JSON", writeExport(t, map[string]string{"persons.json": deep}), "nests too deeply"},
		{"file too large", bigDir, "too large"},
		{"two files of one name", writeZip(t, map[string][]byte{"a/users.csv": nil, "b/users.csv": nil}), "two files named"},
		{"broken CSV", writeExport(t, map[string]string{"orgs.csv": "sourcedId,name,type\n\"s1,x", "users.csv": "sourcedId,username\n"}), "orgs.csv, line 2"},
		{"missing column", writeExport(t, map[string]string{"orgs.csv": "sourcedId,name\n", "users.csv": "sourcedId,username\n"}), "orgs.csv has no column type"},
		{"missing roles", writeExport(t, map[string]string{"orgs.csv": "sourcedId,name,type\n", "users.csv": "sourcedId,username\n"}), "no roles.csv"},
		{"no export", writeExport(t, map[string]string{"notes.txt": "hello"}), "no school data export"},
		{"JSON of another kind", writeExport(t, map[string]string{"persons.json": `{"hello":1}`}), "not an SS12000 JSON file"},
		{"entity of the wrong shape", writeExport(t, map[string]string{"persons.json": `{"data":[{"givenName":5}]}`}), "not as SS12000 defines it"},
		{"damaged zip", writeExport(t, map[string]string{"x.zip": "PK\x03\x04garbage"}), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := c.path
			if c.name == "damaged zip" {
				p = filepath.Join(p, "x.zip")
			}
			start := time.Now()
			_, err := Read(p, Options{})
			if err == nil {
				t.Fatal("read without an error")
			}
			if _, ok := i18n.TextOf(err); !ok && !errors.Is(err, os.ErrNotExist) {
				t.Errorf("error %v has no message for the user", err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q, want %q", err, c.want)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
	// A loop of parents ends; the school has no municipality.
	res, err := Read(loop, Options{})
	if err != nil || len(res.Roster.Rows) != 1 || res.Roster.Rows[0].Values[5] != "" {
		t.Errorf("loop: %v, %v", err, res)
	}
}

func TestIs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(text), 0o644)
		return p
	}
	cases := map[string]bool{
		dir: true,
		write("a.json", "\xef\xbb\xbf \n{\"data\":[]}"):                                    true,
		write("b.json", "[{\"id\":1}]"):                                                    true,
		write("c.csv", "Email,FirstName\n"):                                                false,
		write("d.csv", "[Elev],Klass\n"):                                                   false,
		writeZip(t, map[string][]byte{"[Content_Types].xml": nil, "xl/workbook.xml": nil}): false,
		writeZip(t, map[string][]byte{"sds/users.csv": nil}):                               true,
		filepath.Join(dir, "missing"):                                                      false,
	}
	for p, want := range cases {
		if got := Is(p); got != want {
			t.Errorf("Is(%s) = %v, want %v", filepath.Base(p), got, want)
		}
	}
}

// FuzzReadJSON reads any bytes as an SS12000 file without a panic or a
// hang; what it reads, it reads as rows.
func FuzzReadJSON(f *testing.F) {
	for _, name := range []string{"testdata/ss12000-combined.json", "testdata/ss12000/persons.json", "testdata/ss12000/groups.json"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"persons":[{"id":"a","enrolments":[{"enroledAt":{"id":"a"}}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fs := &files{data: map[string][]byte{"x.json": data}, names: []string{"x.json"}}
		res, err := readSS12000(fs, Options{Date: exportDate})
		if err == nil && res.Roster == nil {
			t.Fatal("no roster and no error")
		}
	})
}

// FuzzReadCSV reads any bytes as an SDS users.csv without a panic.
func FuzzReadCSV(f *testing.F) {
	data, err := os.ReadFile("testdata/sds/users.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	orgs, _ := os.ReadFile("testdata/sds/orgs.csv")
	roles, _ := os.ReadFile("testdata/sds/roles.csv")
	f.Fuzz(func(t *testing.T, data []byte) {
		fs := &files{data: map[string][]byte{"users.csv": data, "orgs.csv": orgs, "roles.csv": roles}}
		res, err := readSDS(fs, Options{Date: exportDate})
		if err == nil && res.Roster == nil {
			t.Fatal("no roster and no error")
		}
	})
}
