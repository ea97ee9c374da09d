package sheet

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"rosterdesk/internal/roster"
)

// Cells are split as Excel and Python's csv module split them: text after
// a closing quote belongs to the cell, with no quote of its own.
func TestExcelQuotes(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"\"Nan\" Anna;Berg\nB;C\n", "[Nan Anna|Berg] [B|C]"},
		{"\"a\"b\"c\";2\n", "[ab\"c\"|2]"},
		{"\"p\"\"q\"r;4\n", "[p\"qr|4]"},
		{"\"Elev\"\r\nz;\"m\"\r\nq;w\r\n", "[Elev] [z|m] [q|w]"},
		{"\"rad1\r\nrad2\";x\r\ny;z\r\n", "[rad1\nrad2|x] [y|z]"},
		{"\"x\" y\r\nz\r\n", "[x y] [z]"},
		{"\"x\"\ry;1\n", "[x\ry|1]"},
		{"a;b\"c;d\n", "[a|b\"c|d]"},
		{"a;\"b\" ", "[a|b ]"},
		{"a;\"b\"", "[a|b]"},
		{"a;\"b\"\r", "[a|b]"},
		{"a; \"b\";c\n", "[a| \"b\"|c]"},
		{"\"a;b\"\"\";c\n", "[a;b\"|c]"},
	}
	for _, tt := range tests {
		cr := newCSVReader(strings.NewReader(tt.raw), ';')
		var got []string
		for {
			rec, err := cr.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%q: %v", tt.raw, err)
			}
			got = append(got, "["+strings.Join(rec, "|")+"]")
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: read %q, want %q", tt.raw, g, tt.want)
		}
		// The check pass sees as many records and no open quote.
		scan, err := scanCSV(strings.NewReader(tt.raw), ';', 1)
		if err != nil || scan.openQuote != 0 || scan.refusal != nil {
			t.Errorf("%q: scan %v, %+v", tt.raw, err, scan)
		}
	}
}

// firstNames lists the rows' FirstName, the file's people in order.
func firstNames(imp *Import) string {
	var out []string
	for _, r := range imp.Roster.Rows {
		out = append(out, r.Values[roster.FirstName])
	}
	return strings.Join(out, ",")
}

// Files as Excel writes them: quotes only where a cell needs them, CRLF
// record ends, Alt+Enter line breaks as LF inside quotes; Windows-1252
// with semicolons (Swedish Excel's "CSV") and UTF-8 with BOM and commas
// ("CSV UTF-8"). The first cases are the tester's files (F16, F17).
func TestReadCSVExcelQuotes(t *testing.T) {
	const head = "Förnamn;Efternamn;E-post;Klass;Skola;Kommun;Roll"
	tests := []struct{ name, text, want string }{
		{"F16 q_crlf_role.csv", head + "\r\nA;B;a@e.exempel.se;9A;S;Håbo;\"Elev\"\r\nC;D;c@e.exempel.se;9A;S;Håbo;Elev\r\n", "A,C"},
		{"F16 ml_crlf_x.csv", head + ";Anteckning\r\nA;B;a@e.exempel.se;9A;S;Håbo;Elev;\"rad1\nrad2\"\r\nC;D;c@e.exempel.se;9A;S;Håbo;Elev;x\r\n", "A,C"},
		{"F17 lazyquote.csv", head + "\n\"Nan\" Anna;Berg;nan@e.exempel.se;9A;S;Håbo;Elev\nB;C;b@e.exempel.se;9A;S;Håbo;Elev\nD;E;d@e.exempel.se;9A;S;Håbo;Elev\nF;G;f@e.exempel.se;9A;S;Håbo;\"Elev\"\nH;I;h@e.exempel.se;9A;S;Håbo;Elev\n", "Nan Anna,B,D,F,H"},
		{"quoted cells everywhere, CRLF", head + "\r\n\"Åsa\";\"Lind; Ek\";a@e.exempel.se;9A;S;Håbo;\"Elev\"\r\n\"Nan\" Anna;Berg;n@e.exempel.se;9A;S;Håbo;\"Elev\"\r\nOlle;\"Öst\r\nVäst\";o@e.exempel.se;9A;S;Håbo;Elev\r\nPia;\"Sa \"\"Pi\"\"\";p@e.exempel.se;9A;S;Håbo;Elev\r\n", "Åsa,Nan Anna,Olle,Pia"},
	}
	for _, tc := range tests {
		cp1252, err := charmap.Windows1252.NewEncoder().String(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		for enc, data := range map[string][]byte{
			"Windows-1252":   []byte(cp1252),
			"UTF-8 with BOM": append([]byte("\xEF\xBB\xBF"), strings.ReplaceAll(tc.text, ";", ",")...),
		} {
			imp, err := ReadCSV(bytes.NewReader(data), "elever.csv")
			if err != nil {
				t.Errorf("%s, %s: %v", tc.name, enc, err)
				continue
			}
			if got := firstNames(imp); imp.Encoding != enc || got != tc.want {
				t.Errorf("%s, %s: %s, rows %q, want %q", tc.name, enc, imp.Encoding, got, tc.want)
			}
		}
	}
}
