package sheet

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

func TestDetectDelimiter(t *testing.T) {
	tests := []struct {
		text string
		want rune
	}{
		{"a,b,c\n1,2,3\n", ','},
		{"a;b;c\n1;2;3\n", ';'},
		{"a\tb\tc\n1\t2\t3\n", '\t'},
		{"Förnamn;Skola\n\"Lind, Åsa\";\"Skolan, Norra\"\n", ';'}, // commas inside quotes
		{"a,b;c;d\n1,2;3;4\n", ';'},
		{"only one column\n", ','},
	}
	for _, tt := range tests {
		if got := detectDelimiter(tt.text); got != tt.want {
			t.Errorf("detectDelimiter(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestReadCSVCases(t *testing.T) {
	header := "Email;FirstName;LastName;Role\r\n"
	t.Run("header only", func(t *testing.T) {
		imp, err := ReadCSV(strings.NewReader(header), "a.csv")
		if err != nil || imp.Roster == nil || len(imp.Roster.Rows) != 0 {
			t.Fatalf("ReadCSV = %+v, %v; want an empty roster", imp, err)
		}
	})
	t.Run("sep line with tab", func(t *testing.T) {
		imp, err := ReadCSV(strings.NewReader("sep=\t\nEmail\tFirstName\tLastName\na@b.example\tA\tB\n"), "a.csv")
		// Excel does not show the sep= line: rows are numbered after it.
		if err != nil || imp.Delimiter != '\t' || imp.HeaderRow != 1 || imp.Roster.Rows[0].SourceLine != 2 ||
			len(imp.Notices) != 1 || imp.Notices[0].Code != NoticeSepLine {
			t.Fatalf("ReadCSV = %+v, %v", imp, err)
		}
	})
	t.Run("trim and role", func(t *testing.T) {
		imp, err := ReadCSV(strings.NewReader(header+" a@b.example ;Åsa; Ek;Lärare\r\n;;;\r\n"), "a.csv")
		if err != nil {
			t.Fatal(err)
		}
		if imp.Trimmed != 2 || len(imp.Roster.Rows) != 1 {
			t.Fatalf("trimmed %d rows %d, want 2 and 1", imp.Trimmed, len(imp.Roster.Rows))
		}
		if row := imp.Roster.Rows[0]; row.Values[0] != "a@b.example" || row.Values[6] != "teacher" || row.ID == 0 {
			t.Errorf("row %+v", row)
		}
	})
	t.Run("whitespace only", func(t *testing.T) {
		_, err := ReadCSV(strings.NewReader(" \r\n\r\n"), "a.csv")
		if !errors.Is(err, ErrNoHeader) {
			t.Errorf("err = %v, want ErrNoHeader", err)
		}
	})
	t.Run("header after 50 lines is not found", func(t *testing.T) {
		text := strings.Repeat("x\n", headerScanRows) + header
		if _, err := ReadCSV(strings.NewReader(text), "a.csv"); !errors.Is(err, ErrNoHeader) {
			t.Errorf("err = %v, want ErrNoHeader", err)
		}
	})
}

func TestReadFileSniffsContent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "elever.xlsx")
	// A csv saved under an xlsx name, in UTF-16BE with a BOM.
	text := "Email\tFörnamn\tEfternamn\r\nelin.ek@skola.example\tElin\tEk\r\n"
	data := []byte{0xFE, 0xFF}
	for _, r := range text {
		data = append(data, byte(r>>8), byte(r))
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if imp.Format != "csv" || imp.Encoding != "UTF-16BE" || imp.Delimiter != '\t' ||
		len(imp.Roster.Rows) != 1 || imp.Roster.Rows[0].Values[1] != "Elin" || imp.Roster.Rows[0].SourceLine != 2 {
		t.Errorf("ReadFile = %+v", imp)
	}
	if _, err := ReadFile(t.TempDir()); err == nil {
		t.Error("reading a folder gave no error")
	}
}

// TestCSVRowsAsSpreadsheetsShowThem reads csv files whose notes hold line
// breaks, one as Swedish Excel saves it (Windows-1252, CRLF) and one as
// LibreOffice saves it, and the xlsx LibreOffice made of each by opening
// it: every pupil is on the row the spreadsheet shows, not on the line of
// the text (tester T9).
func TestCSVRowsAsSpreadsheetsShowThem(t *testing.T) {
	for _, name := range []string{"multiline_cp1252", "multiline_libreoffice"} {
		rows := func(file string) map[string]int {
			imp, err := ReadFile(filepath.Join("testdata", "import", file))
			if err != nil {
				t.Fatal(err)
			}
			out := map[string]int{"header": imp.HeaderRow}
			for _, r := range imp.Roster.Rows {
				out[r.Values[roster.FirstName]] = r.SourceLine
			}
			return out
		}
		got, shown := rows(name+".csv"), rows(name+"_lo.xlsx")
		if len(shown) != 5 || shown["Leo"] != 6 {
			t.Fatalf("%s: LibreOffice shows %v", name, shown)
		}
		if !maps.Equal(got, shown) {
			t.Errorf("%s: rows %v, want those the spreadsheet shows, %v", name, got, shown)
		}
	}
}
