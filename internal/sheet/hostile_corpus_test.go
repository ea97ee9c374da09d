package sheet

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

// The hostile corpus in testdata/hostile is committed, so that reading
// it does not depend on its generators (hostile_gen_test.go,
// hostile_order_gen_test.go, hostile_text_test.go,
// hostile_protected_test.go); the test fails when the two part ways.
// This writes the corpus again, for when a case is added:
//
//	ROSTER_GEN_HOSTILE=1 go test ./internal/sheet -run TestGenerateHostile
//
// Every name and address in it is made up.
func TestGenerateHostile(t *testing.T) {
	dir := filepath.Join("testdata", "hostile")
	write := os.Getenv("ROSTER_GEN_HOSTILE") != ""
	if write {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	text := hostileTextFiles(t)
	if len(text) != len(hostileTextCases) {
		t.Errorf("%d text files, %d cases", len(text), len(hostileTextCases))
	}
	files := hostileFiles(t)
	for _, m := range []map[string][]byte{hostileOrderFiles(t), text, hostileProtectedFiles(t)} {
		maps.Copy(files, m)
	}
	for name, data := range files {
		path := filepath.Join(dir, name)
		if write {
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if have, err := os.ReadFile(path); err != nil || !bytes.Equal(have, data) {
			t.Errorf("%s is not what the generator makes (%v): run ROSTER_GEN_HOSTILE=1 go test -run TestGenerateHostile", path, err)
		}
	}
}

var hostileHeader = []string{"Email", "FirstName", "LastName", "Class", "School", "Municipality", "Role", "SSOID"}

// hostileRecord is data row i of a made-up roster.
func hostileRecord(i int) []string {
	first := []string{"Tova", "Eskil", "Aino", "Liv", "Otto"}[i%5]
	return []string{fmt.Sprintf("%s.%d@skola.example.se", strings.ToLower(first), i), first, "Lind",
		fmt.Sprintf("%dA", 1+i%9), "Norrskolan", "Borås", "student", fmt.Sprint(100000000000 + i)}
}

// rosterRows is the header and n data rows, rows 1 to n+1; edit, when
// not nil, may replace the XML of a row.
func rosterRows(n int, edit func(r int, row string) string) string {
	var b strings.Builder
	b.WriteString(xlsxtest.InlineRow(1, hostileHeader...))
	for i := 1; i <= n; i++ {
		row := xlsxtest.InlineRow(i+1, hostileRecord(i)...)
		if edit != nil {
			row = edit(i+1, row)
		}
		b.WriteString(row)
	}
	return b.String()
}
