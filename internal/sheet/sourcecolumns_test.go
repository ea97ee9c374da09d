package sheet

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// exportDay is the export date of the leaver tests.
var exportDay = time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)

// TestImportJoinsGradeAndSection reads Swedish Excel's cp1252 semicolon
// csv with Årskurs and Klass in two columns: sections beside a grade
// become classes, said in one notice with the count; a full class keeps
// its value; a leaver (Utskriven) is left out, said in a notice; the
// checker warns of the class of another grade, the section without a
// grade and the status it cannot read.
func TestImportJoinsGradeAndSection(t *testing.T) {
	path := filepath.Join("testdata", "import", "columns_cp1252.csv")
	imp, err := ReadFileWith(path, ReadOptions{Date: exportDay})
	if err != nil {
		t.Fatal(err)
	}
	var classes []string
	var leftOut []string
	for _, row := range imp.Roster.Rows {
		classes = append(classes, row.Values[roster.Class])
		if row.LeftOut {
			leftOut = append(leftOut, row.Values[roster.FirstName])
		}
	}
	want := []string{"7A", "7B", "8A", "9A", "7A", "B", "9B", "8B", "FA", ""}
	if !reflect.DeepEqual(classes, want) {
		t.Errorf("classes = %q, want %q", classes, want)
	}
	if !reflect.DeepEqual(leftOut, []string{"Gun"}) {
		t.Errorf("left out %q, want Gun (Utskriven)", leftOut)
	}
	notices := map[string]string{}
	for _, n := range imp.Notices {
		notices[n.Code] = n.Message.String()
		if n.File != path {
			t.Errorf("notice %q names file %q", n.Code, n.File)
		}
	}
	if got, want := notices[NoticeGradeJoined], `joined the grade (column "Årskurs") and the section (column "Klass") into the class on 6 rows, such as 7A`; got != want {
		t.Errorf("grade notice %q, want %q", got, want)
	}
	if got, want := notices[NoticeLeavers], `left 1 row out of the upload file: the column "Status" says the person has left`; got != want {
		t.Errorf("leaver notice %q, want %q", got, want)
	}
	if c := imp.Roster.Count(); c.LeftOut != 1 || c.Rows != 10 {
		t.Errorf("counts %+v, want 10 rows, 1 left out", c)
	}
	got := map[string]string{}
	for _, p := range check.Check(imp.Roster) {
		if p.Code == check.CodeGradeMismatch || p.Code == check.CodeClassNoGrade || p.Code == check.CodeStatusUnknown {
			row := imp.Roster.ByID(p.Row)
			got[row.Values[roster.FirstName]] = string(p.Code)
		}
	}
	wantProblems := map[string]string{"Eva": "grade_mismatch", "Filip": "class_no_grade", "Hugo": "status_unknown"}
	if !reflect.DeepEqual(got, wantProblems) {
		t.Errorf("problems %v, want %v", got, wantProblems)
	}
	records, _, left := UploadRecords(imp.Roster)
	if left != 1 || len(records) != 10 {
		t.Errorf("upload has %d rows and leaves out %d; want 9 and 1", len(records)-1, left)
	}
}

// TestMapGradeAndClass reads an openpyxl workbook whose headers are only
// known through --map ("Stadium=Grade"; Klassbeteckning and Arbetsplats
// are known by name) and whose end-date column holds date cells.
func TestMapGradeAndClass(t *testing.T) {
	path := filepath.Join("testdata", "import", "columns_openpyxl.xlsx")
	m, err := ParseColumnMap("Stadium=Grade")
	if err != nil {
		t.Fatal(err)
	}
	imp, err := ReadFileWith(path, ReadOptions{Map: []ColumnMap{m}, Date: exportDay})
	if err != nil {
		t.Fatal(err)
	}
	if imp.Columns[roster.Class] != "Klassbeteckning" || imp.Columns[roster.School] != "Arbetsplats" {
		t.Errorf("columns %v", imp.Columns)
	}
	var classes []string
	for _, row := range imp.Roster.Rows {
		classes = append(classes, row.Values[roster.Class])
	}
	if want := []string{"7A", "7B", "8A", "8A", "9C", "9C"}; !reflect.DeepEqual(classes, want) {
		t.Errorf("classes = %q, want %q", classes, want)
	}
	if imp.Roster.GradeColumn() < 0 || imp.Roster.ExtraColumns[imp.Roster.GradeColumn()] != "Stadium" {
		t.Errorf("grade column %d of %q", imp.Roster.GradeColumn(), imp.Roster.ExtraColumns)
	}
	nils := imp.Roster.Rows[3]
	if !nils.LeftOut || imp.Roster.Rows[1].LeftOut {
		t.Errorf("Nils (ended 2026-06-15) left out %v; Lo (2099) left out %v", nils.LeftOut, imp.Roster.Rows[1].LeftOut)
	}
	if !reflect.DeepEqual(imp.Mapped, []string{"Stadium"}) {
		t.Errorf("mapped %q", imp.Mapped)
	}
	// Olle's row (6) is hidden; Pia's (7) is only low.
	var hidden []string
	for _, row := range imp.Roster.Rows {
		if row.Hidden {
			hidden = append(hidden, row.Values[roster.FirstName])
		}
	}
	if !reflect.DeepEqual(hidden, []string{"Olle"}) {
		t.Errorf("hidden rows %q, want Olle's", hidden)
	}
	var warned []int
	for _, p := range check.Check(imp.Roster) {
		if p.Code == check.CodeRowHidden {
			warned = append(warned, imp.Roster.ByID(p.Row).SourceLine)
		}
	}
	if !reflect.DeepEqual(warned, []int{6}) {
		t.Errorf("row_hidden on rows %v, want 6", warned)
	}
	// Without the mapping the sections stay sections, and are warned of.
	plain, err := ReadFileWith(path, ReadOptions{Date: exportDay})
	if err != nil {
		t.Fatal(err)
	}
	if got := plain.Roster.Rows[0].Values[roster.Class]; got != "A" {
		t.Errorf("unmapped class %q, want A", got)
	}
}

func TestParseGradeTarget(t *testing.T) {
	m, err := ParseColumnMap(" Stadium =grade")
	if err != nil || m.Target.Kind != TargetGrade || m.Target.String() != "Grade" {
		t.Errorf("ParseColumnMap = %+v, %v", m, err)
	}
}

// TestEveryLeaverColumnCounts: with a status and an end date, a person
// has left when either says so (a pupil still "Aktiv" whose end date has
// passed is not exported).
func TestEveryLeaverColumnCounts(t *testing.T) {
	csv := "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;Elevstatus;Slutdatum\n" +
		"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;Aktiv;\n" +
		"otto@skola.example.se;Otto;Ek;9A;Norrskolan;Borås;elev;Aktiv;2026-06-15\n" +
		"aino@skola.example.se;Aino;Berg;9A;Norrskolan;Borås;elev;Utskriven;\n"
	path := filepath.Join(t.TempDir(), "elever.csv")
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadFileWith(path, ReadOptions{Date: exportDay})
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, row := range imp.Roster.Rows {
		if row.LeftOut {
			left = append(left, row.Values[roster.FirstName])
		}
	}
	if !reflect.DeepEqual(left, []string{"Otto", "Aino"}) {
		t.Errorf("left out %q, want Otto (end date) and Aino (Utskriven)", left)
	}
	want := `left 2 rows out of the upload file: the column "Slutdatum", "Elevstatus" says they have left, or gives an end date before 2026-09-01`
	if len(imp.Notices) != 1 || imp.Notices[0].Message.String() != want {
		t.Errorf("notices %v, want %q", imp.Notices, want)
	}
}

// TestGradeJoinNamesTheSectionsSheetColumn reads an openpyxl workbook of a
// staff sheet without a class column and a pupils' sheet with Åk and
// Klassbeteckning: the notice names the pupils' section column, not the
// first sheet's (which has none, and was said as column "").
func TestGradeJoinNamesTheSectionsSheetColumn(t *testing.T) {
	imp, err := ReadFile(importFixture("columns_sheets_openpyxl.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	want := `grade_joined: joined the grade (column "Åk") and the section (column "Klassbeteckning") into the class on 2 rows, such as 7A`
	if !slices.Contains(noticeCodes(imp), want) {
		t.Errorf("notices %q, want %q", noticeCodes(imp), want)
	}
	var classes []string
	for _, row := range imp.Roster.Rows {
		classes = append(classes, row.Values[roster.Class])
	}
	if !slices.Equal(classes, []string{"", "", "7A", "8B"}) {
		t.Errorf("classes %q", classes)
	}
}

// TestISODateEndDate reads openpyxl's workbook of end dates stored as ISO
// 8601 date cells (t="d") with the fast reader and the excelize path
// alike: the end date before the export date leaves the pupil out, and
// the dates read as Excel shows them (tester T46).
func TestISODateEndDate(t *testing.T) {
	path := filepath.Join("testdata", "import", "dates_openpyxl.xlsx")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	for _, fast := range []bool{true, false} {
		imp, err := readWorkbook(bytes.NewReader(data), int64(len(data)), path, fast, ReadOptions{Date: day})
		if err != nil {
			t.Fatal(err)
		}
		imp.readSourceColumns(day)
		var left, starts []string
		start := slices.Index(imp.Roster.ExtraColumns, "Startdatum")
		for _, row := range imp.Roster.Rows {
			if row.LeftOut {
				left = append(left, row.Values[roster.FirstName])
			}
			starts = append(starts, row.ExtraValue(start))
		}
		if !slices.Equal(left, []string{"Leo"}) {
			t.Errorf("fast %v: left out %q, want Leo (end date 2026-10-01)", fast, left)
		}
		if want := []string{"2020-08-17 08:30", "2020-08-17", "2020-08-17 08:30:15"}; !slices.Equal(starts, want) {
			t.Errorf("fast %v: start dates %q, want %q", fast, starts, want)
		}
	}
}

// TestGradeColumnMappedToIgnore: --map "Årskurs=Ignore" is obeyed (tester
// A3): the sections stay as they are, no notice says the grade was
// joined, and the mapping dialog shows the column as not read.
func TestGradeColumnMappedToIgnore(t *testing.T) {
	path := filepath.Join("testdata", "import", "columns_cp1252.csv")
	imp, err := ReadFileWith(path, ReadOptions{Date: exportDay, Map: []ColumnMap{{Header: "Årskurs", Target: Target{Kind: TargetIgnore, Field: roster.NoField}}}})
	if err != nil {
		t.Fatal(err)
	}
	var classes []string
	for _, row := range imp.Roster.Rows {
		classes = append(classes, row.Values[roster.Class])
	}
	if want := []string{"A", "B", "A", "a", "7A", "B", "B", "B", "FA", ""}; !reflect.DeepEqual(classes, want) {
		t.Errorf("classes = %q, want the sections as written %q", classes, want)
	}
	for _, n := range imp.Notices {
		if n.Code == NoticeGradeJoined {
			t.Errorf("notice %q", n.Message)
		}
	}
	for _, c := range imp.SourceColumns {
		if c.Header == "Årskurs" && c.Read.Kind != TargetIgnore {
			t.Errorf("the dialog shows Årskurs read as %+v", c.Read)
		}
	}
}
