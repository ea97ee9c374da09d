package sheet

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

func TestOpenQuote(t *testing.T) {
	tests := []struct {
		raw  string
		want bool
	}{
		{"a;b;c\n", false},
		{`a;"b;c"` + "\n", false},
		{`a;"b` + "\n" + `c";d`, false},
		{`a;"b""c"`, false},
		{`a;"b""`, true},
		{`a;"b;c` + "\nd;e\n", true},
		{`a;"b"x;c`, false},            // as in Excel: the quote closes, text follows
		{`a;"b"x"y;c"` + "\nd", false}, // quotes after the closing one are text
		{`a;b"c;d` + "\n", false},      // a quote inside an unquoted field is text
		{"\n\n\"a", true},
		{`"a"` + "\r\n", false},
		{`"a"` + "\r", false},
		{`"a"` + "\rb", false}, // a lone \r is text after the closing quote
		{`"a"` + "\r\nb;c\r\n", false},
		{`"a"` + "\r\n\"b", true},
	}
	for _, tt := range tests {
		scan, err := scanCSV(strings.NewReader(tt.raw), ';', 1)
		if err != nil {
			t.Fatal(err)
		}
		if got := scan.openQuote > 0; got != tt.want {
			t.Errorf("openQuote(%q) = %v, want %v", tt.raw, got, tt.want)
		}
	}
}

func TestReadCSVOpenQuote(t *testing.T) {
	text := "Email;FirstName;LastName;Class\r\n" +
		"ada.ek@skola.example;Ada;Ek;7A\r\n" +
		"bo.lind@skola.example;Bo;\"Lind;7B\r\n" +
		"cay.oja@skola.example;Cay;Oja;7C\r\n"
	imp, err := ReadCSV(strings.NewReader(text), "lista.csv")
	fe, ok := errors.AsType[*FileError](err)
	if imp != nil || !ok || fe.Row != 3 || fe.Column != "LastName" {
		t.Fatalf("ReadCSV = %v, %v; want a FileError at row 3, column LastName", imp, err)
	}
	if want := "lista.csv, row 3, column LastName: a quote"; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("message %q, want it to start with %q", err, want)
	}
}

func TestUnheadedColumnKept(t *testing.T) {
	text := "Email,FirstName,LastName,,Notes\n" +
		"ada.ek@skola.example,Ada,Ek,,\n" +
		"bo.lind@skola.example,Bo,Lind,allergy,late,extra\n"
	imp, err := ReadCSV(strings.NewReader(text), "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(imp.Roster.ExtraColumns, "|")
	if got != "Notes|Column D|Column F" {
		t.Errorf("extra columns %q", got)
	}
	row := imp.Roster.Rows[1]
	for i, want := range []string{"late", "allergy", "extra"} {
		if v := row.ExtraValue(i); v != want {
			t.Errorf("extra %d = %q, want %q", i, v, want)
		}
	}
	if len(imp.Roster.Rows[0].Extra) != 1 {
		t.Errorf("first row extra %q", imp.Roster.Rows[0].Extra)
	}
}

func TestTwoProtectedColumns(t *testing.T) {
	text := "Email;Förnamn;Efternamn;Skyddad identitet;Sekretessmarkering\n" +
		"a@skola.example;A;Ek;;\n" +
		"b@skola.example;B;Ek;nej;Ja\n" +
		"c@skola.example;C;Ek;Sekretessmarkerad;\n"
	imp, err := ReadCSV(strings.NewReader(text), "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	if imp.ProtectedColumn != "Skyddad identitet" || len(imp.Roster.ExtraColumns) != 0 {
		t.Errorf("protected column %q, extra %q", imp.ProtectedColumn, imp.Roster.ExtraColumns)
	}
	for i, want := range []bool{false, true, true} {
		if got := imp.Roster.Rows[i].Protected; got != want {
			t.Errorf("row %d protected = %v, want %v", i, got, want)
		}
	}
}

func TestNoHeaderSaysWhere(t *testing.T) {
	f := excelize.NewFile()
	f.SetCellValue("Sheet1", "A1", "Namn")
	f.NewSheet("Blad2")
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	_, err := ReadXLSX(bytes.NewReader(buf.Bytes()), int64(buf.Len()), "lista.xlsx")
	want := `lista.xlsx: no header row found in the first 50 rows of sheets "Sheet1" and "Blad2": expected at least three of the columns Email`
	if !errors.Is(err, ErrNoHeader) || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("err = %v\nwant %s…", err, want)
	}
	_, err = ReadCSV(strings.NewReader("Namn;Adress\n"), "lista.csv")
	if want := "lista.csv: no header row found in the file: expected"; !errors.Is(err, ErrNoHeader) || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("err = %v\nwant %s…", err, want)
	}
}

// A value typed as text that looks like a number in exponent form stays
// as typed; only number cells are turned back into digits.
func TestExponentTextStaysText(t *testing.T) {
	f := excelize.NewFile()
	for i, h := range []string{"Email", "FirstName", "LastName", "SSOID"} {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		f.SetCellStr("Sheet1", cell, h)
	}
	f.SetCellStr("Sheet1", "A2", "1e5")
	f.SetCellDefault("Sheet1", "D2", "1.23456789012E+11")
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadXLSX(bytes.NewReader(buf.Bytes()), int64(buf.Len()), "a.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	row := imp.Roster.Rows[0]
	if row.Values[0] != "1e5" || row.Values[7] != "123456789012" {
		t.Errorf("values %q", row.Values)
	}
}

// Number cells formatted as dates or times read as the date the user sees,
// not as Excel's day count; other numbers stay as stored.
func TestXLSXDates(t *testing.T) {
	f := excelize.NewFile()
	const s = "Sheet1"
	f.SetSheetRow(s, "A1", &[]string{"Email", "FirstName", "LastName", "Born", "Start", "Time", "Count", "SSOID", "Text"})
	f.SetCellStr(s, "A2", "ada.ek@skola.example")
	iso, _ := f.NewStyle(&excelize.Style{CustomNumFmt: ptr(`yyyy-mm-dd;@`)})
	builtin, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	clock, _ := f.NewStyle(&excelize.Style{CustomNumFmt: ptr(`[h]:mm`)})
	money, _ := f.NewStyle(&excelize.Style{CustomNumFmt: ptr(`#,##0 "kr";[Red]-#,##0 "kr"`)})
	whole, _ := f.NewStyle(&excelize.Style{NumFmt: 1})
	cells := []struct {
		cell  string
		value string
		style int
	}{
		{"D2", "40544", iso}, {"E2", "40544.5", builtin}, {"F2", "0.25", clock},
		{"G2", "1234", money}, {"H2", "123456789012", whole},
	}
	for _, c := range cells {
		f.SetCellDefault(s, c.cell, c.value)
		f.SetCellStyle(s, c.cell, c.cell, c.style)
	}
	f.SetCellStr(s, "I2", "40544")
	f.SetCellStyle(s, "I2", "I2", iso)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadXLSX(bytes.NewReader(buf.Bytes()), int64(buf.Len()), "a.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	row := imp.Roster.Rows[0]
	got := strings.Join(row.Extra, "|")
	if want := "2011-01-01|2011-01-01 12:00|06:00|1234|40544"; got != want {
		t.Errorf("extra %q, want %q", got, want)
	}
	if row.Values[7] != "123456789012" {
		t.Errorf("SSOID %q", row.Values[7])
	}
}

func ptr[T any](v T) *T { return &v }

// A hidden sheet is read only when no visible sheet holds a roster.
func TestHiddenSheetLast(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Mall")
	f.SetSheetRow("Mall", "A1", &[]string{"Email", "FirstName", "LastName"})
	f.NewSheet("Elever")
	f.SetSheetRow("Elever", "A1", &[]string{"Email", "FirstName", "LastName"})
	f.SetSheetRow("Elever", "A2", &[]string{"ada.ek@skola.example", "Ada", "Ek"})
	f.SetActiveSheet(1)
	if err := f.SetSheetVisible("Mall", false); err != nil {
		t.Fatal(err)
	}
	read := func() *Import {
		t.Helper()
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		imp, err := ReadXLSX(bytes.NewReader(buf.Bytes()), int64(buf.Len()), "a.xlsx")
		if err != nil {
			t.Fatal(err)
		}
		return imp
	}
	if imp := read(); imp.Sheet != "Elever" {
		t.Errorf("read sheet %q, want the visible Elever", imp.Sheet)
	}
	// A sheet of text only (an address row would make it a list without
	// a header: an error, tester A15).
	f.SetSheetRow("Elever", "A1", &[]string{"Namn", "", ""})
	f.SetSheetRow("Elever", "A2", &[]string{"Elevlista hösten", "", ""})
	if imp := read(); imp.Sheet != "Mall" {
		t.Errorf("read sheet %q, want the hidden Mall when no other sheet has a header", imp.Sheet)
	}
}

// TestNumbersAsShown reads ids stored as numbers, in files written by
// openpyxl and LibreOffice and a csv saved by a Swedish Excel, as the
// user sees them in Excel (LibreOffice's csv export "as shown" gave the
// wanted values): zero-padded formats keep their zeros, an id with more
// digits than Excel keeps is in exponent form and warned of, and a csv's
// text stays as written.
func TestNumbersAsShown(t *testing.T) {
	wantXLSX := map[string][2]string{
		"Alva": {"001234", "0000000007"},
		"Bo":   {"ID-0012", "412 51"},
		"Cia":  {"1.23456789012346E+19", "001235"},
		"Dan":  {"123456789012", "99"},
		"Eva":  {"004321", "5"},
	}
	wantCSV := map[string][2]string{"Gun": {"001234"}, "Hugo": {"1,23457E+11"}, "Ida": {"123456789012"}}
	for name, want := range map[string]map[string][2]string{
		"numbers_openpyxl.xlsx": wantXLSX, "numbers_libreoffice.xlsx": wantXLSX, "numbers_cp1252.csv": wantCSV,
	} {
		imp, err := ReadFile(filepath.Join("testdata", "import", name))
		if err != nil {
			t.Fatal(err)
		}
		rounded := map[string]bool{}
		for _, p := range check.Check(imp.Roster) {
			if p.Code == check.CodeNumberRounded {
				rounded[imp.Roster.ByID(p.Row).Values[roster.FirstName]+" "+p.Field.String()] = true
			}
		}
		for _, row := range imp.Roster.Rows {
			first := row.Values[roster.FirstName]
			got := [2]string{row.Values[roster.SSOID]}
			if len(row.Extra) > 0 {
				got[1] = row.Extra[0]
			}
			if got != want[first] {
				t.Errorf("%s: %s's SSOID and Elevnr %q, want %q", name, first, got, want[first])
			}
			if wantRounded := strings.Contains(got[0], "E+"); rounded[first+" SSOID"] != wantRounded {
				t.Errorf("%s: %s's SSOID %q: number_rounded %v, want %v", name, first, got[0], rounded[first+" SSOID"], wantRounded)
			}
		}
		if len(imp.Roster.Rows) != len(want) {
			t.Errorf("%s: %d rows, want %d", name, len(imp.Roster.Rows), len(want))
		}
	}
}
