package sheet

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"rosterdesk/internal/roster"
)

// TestMacRomanText tells Mac Roman from Windows-1252 on lists written in
// each.
func TestMacRomanText(t *testing.T) {
	const swedish = "Förnamn;Efternamn;Skola\nÅsa;Öberg;Sjöängsskolan\nMärta;Älvsjö;Linnéas skola\n"
	const noAring = "Förnamn;Efternamn;Skola\nMärta;Älvsjö;Sjöängsskolan\n"
	encode := func(e *charmap.Charmap, s string) []byte {
		b, err := e.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cr := func(s string) string { return strings.ReplaceAll(s, "\n", "\r") }
	crlf := func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }
	for _, c := range []struct {
		name   string
		text   []byte
		crOnly bool
		want   bool
	}{
		{"Mac Roman, CR", encode(charmap.Macintosh, cr(swedish)), true, true},
		{"Mac Roman, LF, with Å", encode(charmap.Macintosh, swedish), false, true},
		{"Mac Roman, LF, no Å", encode(charmap.Macintosh, noAring), false, true},
		{"Windows-1252, CRLF", encode(charmap.Windows1252, crlf(swedish)), false, false},
		{"Windows-1252, CR", encode(charmap.Windows1252, cr(swedish)), true, false},
		{"Windows-1252, no Å", encode(charmap.Windows1252, noAring), false, false},
		// Signs between words read as Mac Roman letters (… is Ö, € is
		// Ä): no word has them inside.
		{"Windows-1252 signs, CR", encode(charmap.Windows1252, cr("Namn;Avgift\nAnna…;100 €\nO’Brien;“x”\n")), true, false},
		{"Windows-1252 signs, LF", encode(charmap.Windows1252, "Namn;Avgift\nAnna…;100 €\n"), false, false},
		{"ASCII, CR", []byte(cr("Namn;Skola\nAnna;Norr\n")), true, false},
	} {
		if got := macRomanText(c.text, c.crOnly); got != c.want {
			t.Errorf("%s: macRomanText = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestReadMacRomanCSV reads Mac Roman lists as real writers make them:
// old Mac Excel's "CSV (Macintosh)" (lines ending in a lone CR, an Å)
// and LibreOffice's (LF, no Å) (tester T50); Windows-1252 lists of every
// kind stay Windows-1252.
func TestReadMacRomanCSV(t *testing.T) {
	for name, want := range map[string][]string{
		"macroman_cr.csv": {"Åsa Öberg Sjöängsskolan Borås", "Märta Älvsjö Sjöängsskolan Borås", "Linnéa Hå Sjöängsskolan Borås"},
		"macroman_lo.csv": {"Märta Älvsjö Sjöängsskolan Borås", "Linnéa Hå Sjöängsskolan Borås"},
	} {
		imp, err := ReadFile(filepath.Join("testdata", "import", name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if imp.Encoding != encodingMacRoman {
			t.Errorf("%s: encoding %q, want %q", name, imp.Encoding, encodingMacRoman)
		}
		var got []string
		for _, r := range imp.Roster.Rows {
			got = append(got, strings.Join([]string{r.Values[roster.FirstName], r.Values[roster.LastName], r.Values[roster.School], r.Values[roster.Municipality]}, " "))
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: read %q, want %q", name, got, want)
		}
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "import", "*cp1252.csv"))
	if len(files) < 5 {
		t.Fatalf("only %d Windows-1252 fixtures", len(files))
	}
	for _, name := range files {
		imp, err := ReadFile(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if imp.Encoding != "Windows-1252" {
			t.Errorf("%s: encoding %q, want Windows-1252", name, imp.Encoding)
		}
	}
}
