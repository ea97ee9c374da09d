package sheet

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/testenv"
	"rosterdesk/internal/xlsxread"
)

const csvHead = "Email;FirstName;LastName;Class;School;Municipality;Role\n"

// csvRow is data row i of a made-up roster, as a semicolon csv line.
func csvRow(i int, first string) string {
	return strings.Join([]string{strings.ToLower(first) + "." + string(rune('a'+i)) + "@skola.example.se",
		first, "Lind", "9A", "Norrskolan", "Borås", "Elev"}, ";") + "\n"
}

// readCSVText reads csv bytes as ReadCSV does.
func readCSVText(t *testing.T, data []byte) (*Import, error) {
	t.Helper()
	return ReadCSV(bytes.NewReader(data), "elever.csv")
}

// sourceLines lists the rows' SourceLine and FirstName.
func sourceLines(imp *Import) []string {
	var out []string
	for _, r := range imp.Roster.Rows {
		out = append(out, strings.Join([]string{string(rune('0' + r.SourceLine)), r.Values[roster.FirstName]}, " "))
	}
	return out
}

func TestReadCSVLineEnds(t *testing.T) {
	body := csvHead + csvRow(0, "Tova") + "\n" + csvRow(1, "Eskil") + "aino@skola.example.se;\"Aino\nMaria\";Lind\n" + csvRow(3, "Liv")
	// Rows as Excel numbers them: the blank line is a row, the note of
	// two lines is not two (tester T9).
	want := "2 Tova,4 Eskil,5 Aino\nMaria,6 Liv"
	for name, text := range map[string]string{
		"LF":      body,
		"CRLF":    strings.ReplaceAll(body, "\n", "\r\n"),
		"CR only": strings.ReplaceAll(body, "\n", "\r"),
	} {
		imp, err := readCSVText(t, []byte(text))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := strings.Join(sourceLines(imp), ",")
		if name == "CRLF" {
			got = strings.ReplaceAll(got, "\r\n", "\n")
		}
		if got != want {
			t.Errorf("%s: rows %q, want %q", name, got, want)
		}
	}
	// With Excel's sep= line first, a CR-only file does not count it, as
	// Excel does not show it.
	imp, err := readCSVText(t, []byte(strings.ReplaceAll("sep=;\n"+csvHead+csvRow(0, "Tova"), "\n", "\r")))
	if err != nil || imp.HeaderRow != 1 || imp.Roster.Rows[0].SourceLine != 2 {
		t.Fatalf("sep line, CR only: %v, %+v", err, imp)
	}
}

func TestReadCSVMixedEncodingNamesTheFirstLine(t *testing.T) {
	cp1252, err := charmap.Windows1252.NewEncoder().String(csvRow(3, "Åsa"))
	if err != nil {
		t.Fatal(err)
	}
	text := csvHead + csvRow(0, "Tösen") + csvRow(1, "Liv") + cp1252 + csvRow(4, "Otto") + cp1252
	_, err = readCSVText(t, []byte(text))
	if !errors.Is(err, ErrCSVText) || !strings.HasPrefix(err.Error(), "elever.csv, row 4: this line is not UTF-8 text") ||
		!strings.Contains(err.Error(), "save it again as UTF-8") {
		t.Fatalf("error %v", err)
	}
	// After a name of two lines, the row Excel shows it on (tester T9).
	_, err = readCSVText(t, []byte(csvHead+"a@skola.example.se;\"Tösen\nTva\";Lind\n"+cp1252))
	if !errors.Is(err, ErrCSVText) || !strings.HasPrefix(err.Error(), "elever.csv, row 3:") {
		t.Fatalf("after a cell of two lines: %v", err)
	}
	// The same line before any UTF-8 beyond ASCII: the UTF-8 comes later.
	_, err = readCSVText(t, []byte(csvHead+cp1252+csvRow(1, "Tösen")))
	if !errors.Is(err, ErrCSVText) || !strings.Contains(err.Error(), "row 2:") {
		t.Fatalf("1252 line first: %v", err)
	}
	// All of it Windows-1252: read as such.
	all, _ := charmap.Windows1252.NewEncoder().String(csvHead + csvRow(0, "Tösen") + csvRow(1, "Åsa"))
	imp, err := readCSVText(t, []byte(all))
	if err != nil || imp.Encoding != "Windows-1252" || imp.Roster.Rows[1].Values[roster.FirstName] != "Åsa" {
		t.Fatalf("Windows-1252: %v, %+v", err, imp)
	}
}

// utf16Text encodes s as UTF-16 without a byte order mark.
func utf16Text(s string, bigEndian bool) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestReadCSVUTF16WithoutBOM(t *testing.T) {
	text := strings.ReplaceAll(csvHead+csvRow(0, "Tösen")+csvRow(1, "Åsa"), ";", "\t")
	for name, big := range map[string]bool{"UTF-16LE": false, "UTF-16BE": true} {
		data := utf16Text(text, big)
		if k := sniff(data); k != kindText {
			t.Errorf("%s: sniffed as %v", name, k)
		}
		imp, err := readCSVText(t, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if imp.Encoding != name || imp.Delimiter != '\t' || len(imp.Roster.Rows) != 2 || imp.Roster.Rows[1].Values[roster.FirstName] != "Åsa" {
			t.Errorf("%s: %s %q %q", name, imp.Encoding, imp.Delimiter, sourceLines(imp))
		}
	}
}

func TestReadCSVRefusesNUL(t *testing.T) {
	text := csvHead + csvRow(0, "Tova") + csvRow(1, "Es\x00kil")
	if k := sniff([]byte(text)); k != kindText {
		t.Errorf("sniffed as %v", k)
	}
	_, err := readCSVText(t, []byte(text))
	if !errors.Is(err, ErrCSVText) || !strings.HasPrefix(err.Error(), "elever.csv, row 3: this line holds a NUL character") {
		t.Fatalf("error %v", err)
	}
	// In UTF-16 the NUL is a character of its own.
	_, err = readCSVText(t, utf16Text(text, false))
	if !errors.Is(err, ErrCSVText) || !strings.Contains(err.Error(), "row 3:") {
		t.Fatalf("UTF-16: %v", err)
	}
	// A file mostly of zeros is no text at all.
	if k := sniff(append([]byte("Email;"), make([]byte, 100)...)); k != kindBinary {
		t.Errorf("zeros sniffed as %v", k)
	}
}

func TestReadCSVLimits(t *testing.T) {
	long := strings.Repeat("å", xlsxread.MaxCellChars+1)
	manyCells := strings.Repeat("x;", xlsxread.MaxSheetColumn+1)
	far := strings.Repeat(csvRow(0, "Tova")[:len(csvRow(0, "Tova"))-1]+strings.Repeat(";", 300)+"x\n", xlsxread.FarRowLimit+1)
	tests := []struct{ name, text, want string }{
		{"long cell", csvHead + csvRow(0, "Tova") + "a@b.se;" + long + "\n", "elever.csv, row 3, column B: a cell holds more than 32767 characters"},
		{"long quoted cell", csvHead + "a@b.se;\"x\n" + long + "\";Lind\n", "elever.csv, row 2, column B: a cell holds more than 32767 characters"},
		{"long cell never closed", csvHead + "a@b.se;\"x\n" + long + "\n", "elever.csv, row 2, column B: a quote (\") opened here is never closed"},
		{"many cells", csvHead + manyCells + "\n", "elever.csv, row 2: a line has more than 16384 cells"},
		{"far cells", csvHead + far, "elever.csv, row 2, column KU: the sheet has data beyond column IV on more than 200 rows"},
	}
	for _, tc := range tests {
		_, err := readCSVText(t, []byte(tc.text))
		if !errors.Is(err, ErrRefused) && !strings.Contains(tc.want, "never closed") || err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	// Empty cells far right are no data.
	imp, err := readCSVText(t, []byte(csvHead+strings.Repeat(csvRow(0, "Tova")[:len(csvRow(0, "Tova"))-1]+strings.Repeat(";", 300)+"\n", xlsxread.FarRowLimit+1)))
	if err != nil || len(imp.Roster.Rows) != xlsxread.FarRowLimit+1 {
		t.Fatalf("empty far cells: %v", err)
	}
}

// A quoted cell far longer than a cell may be is read in time linear in
// its length, to its end or to the end of the file.
func TestReadCSVLongQuotedCellIsLinear(t *testing.T) {
	long := strings.Repeat("L", 8<<20)
	for _, text := range []string{csvHead + "a@b.se;\"" + long + "\";Lind\n", csvHead + "a@b.se;\"" + long} {
		start := time.Now()
		_, err := readCSVText(t, []byte(text))
		if err == nil || time.Since(start) > testenv.HangBound {
			t.Errorf("%v after %v", err, time.Since(start))
		}
	}
}
