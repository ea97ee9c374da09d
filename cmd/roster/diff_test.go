package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

const diffHeader = "Email,FirstName,LastName,Class,School,Municipality,Role,SSOID\n"

// diffCSV writes a roster of n made-up pupils, edited by edit.
func diffCSV(t *testing.T, name string, n int, edit func(i int, cells []string) []string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(diffHeader)
	for i := range n {
		cells := []string{fmt.Sprintf("elev%d@skola.example.se", i), "Tova", fmt.Sprint("Lind", i), "9A", "Norrskolan", "Borås", "student", fmt.Sprint(100000 + i)}
		if edit != nil {
			cells = edit(i, cells)
		}
		if cells != nil {
			b.WriteString(strings.Join(cells, ",") + "\n")
		}
	}
	return writeFile(t, name, []byte(b.String()))
}

func TestDiffText(t *testing.T) {
	old := diffCSV(t, "old.csv", 10, nil)
	neu := diffCSV(t, "new.csv", 11, func(i int, c []string) []string {
		switch i {
		case 2:
			c[4] = "Söderskolan"
		case 3:
			c[3] = "9B"
		case 4:
			c[0] = "tova.lind4@skola.example.se"
		case 5:
			return nil
		}
		return c
	})
	code, stdout, stderr := runRoster("diff", old, neu)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"10 before, 10 now: 1 added, 1 removed, 1 moved school, 1 moved class, 1 new addresses",
		"moved school: row 4 (row 4 before): Norrskolan → Söderskolan",
		"moved class: row 5 (row 5 before): 9A → 9B",
		"new address: row 6 (row 6 before)",
		"removed: row 7 of the previous file",
		"added: row 11",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("no %q in\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "tova.lind4") || strings.Contains(stdout, "Lind4") {
		t.Errorf("the report names a person:\n%s", stdout)
	}
}

func TestDiffLargeLossAndJSON(t *testing.T) {
	old := diffCSV(t, "old.csv", 10, nil)
	half := diffCSV(t, "half.csv", 5, nil)
	code, stdout, _ := runRoster("diff", "--json", old, half)
	if code != exitProblems {
		t.Errorf("half the list gone: exit %d, want %d", code, exitProblems)
	}
	var rep diffReport
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if !rep.LargeLoss || rep.Removed != 5 || rep.OldRows != 10 || rep.NewRows != 5 || len(rep.Changes) != 5 || rep.Changes[0].Kind != "removed" || rep.Changes[0].OldRow != 7 {
		t.Errorf("report %+v", rep)
	}
	if code, stdout, _ := runRoster("diff", old, half); code != exitProblems || !strings.Contains(stdout, "warning: 5 of the 10 people") {
		t.Errorf("text: exit %d\n%s", code, stdout)
	}
}

func TestDiffUsage(t *testing.T) {
	old := diffCSV(t, "old.csv", 2, nil)
	for _, args := range [][]string{{"diff"}, {"diff", old}, {"diff", old, old, old}, {"diff", old, old + ".missing"}} {
		if code, _, stderr := runRoster(args...); code != exitUnreadable || stderr == "" {
			t.Errorf("%q: exit %d, stderr %q", args, code, stderr)
		}
	}
	if code, stdout, _ := runRoster("diff", old, old); code != exitOK || !strings.Contains(stdout, "0 added, 0 removed") {
		t.Errorf("same file: exit %d\n%s", code, stdout)
	}
}

// twoSheetBook writes a workbook of a "Lärare" and an "Elever" sheet, both
// with rows 2 and on, so that a row number alone names two people.
func twoSheetBook(t *testing.T, name string, teachers, pupils [][]string) string {
	t.Helper()
	sheetXML := func(rows [][]string) string {
		body := xlsxtest.InlineRow(1, "Email", "FirstName", "LastName", "Class", "School", "Municipality", "Role")
		for i, r := range rows {
			body += xlsxtest.InlineRow(i+2, r...)
		}
		return xlsxtest.Worksheet(body, "")
	}
	book := xlsxtest.Book([][3]string{{"Lärare", sheetXML(teachers), ""}, {"Elever", sheetXML(pupils), ""}})
	return writeFile(t, name, xlsxtest.Zip(t, book))
}

// TestDiffNamesTheSheet compares workbooks of two sheets (tester T36):
// every row named in text and JSON carries its sheet, as row 3 is on both.
func TestDiffNamesTheSheet(t *testing.T) {
	teacher := func(n string) []string {
		return []string{n + "@skola.example.se", "Sara", n, "", "Norrskolan", "Borås", "teacher"}
	}
	pupil := func(n, class string) []string {
		return []string{n + "@skola.example.se", "Tova", n, class, "Norrskolan", "Borås", "student"}
	}
	old := twoSheetBook(t, "old.xlsx", [][]string{teacher("ek")}, [][]string{pupil("lind", "9A"), pupil("berg", "9A")})
	neu := twoSheetBook(t, "new.xlsx", [][]string{teacher("ek"), teacher("holm")}, [][]string{pupil("lind", "9A"), pupil("berg", "9B")})
	code, stdout, stderr := runRoster("diff", old, neu)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{`added: sheet "Lärare", row 3`, `moved class: sheet "Elever", row 3 (sheet "Elever", row 3 before): 9A → 9B`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("no %q in\n%s", want, stdout)
		}
	}
	_, stdout, _ = runRoster("diff", "--json", old, neu)
	var rep diffReport
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	want := []diffChange{
		{Kind: "added", NewSheet: "Lärare", NewRow: 3},
		{Kind: "moved_class", OldSheet: "Elever", OldRow: 3, NewSheet: "Elever", NewRow: 3, From: "9A", To: "9B"},
	}
	if len(rep.Changes) != len(want) {
		t.Fatalf("changes %+v, want %+v", rep.Changes, want)
	}
	for _, w := range want {
		if !slices.Contains(rep.Changes, w) {
			t.Errorf("no change %+v in %+v", w, rep.Changes)
		}
	}
}
