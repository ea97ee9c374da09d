package sheet

import (
	"strings"
	"testing"
)

// A quote opened by mistake runs on over the lines after it up to the
// next quote: the file is refused at the line where it opened rather than
// read with rows joined into one cell.
func TestReadCSVQuoteJoiningRows(t *testing.T) {
	const head = "Förnamn;Efternamn;E-post;Klass;Skola;Kommun;Roll\r\n"
	row := func(first string) string { return first + ";Berg;" + first + "@e.exempel.se;9A;S;Håbo;Elev\r\n" }
	address := "Olle;Öst;o@e.exempel.se;\"Storgatan 1\r\nBox 12\r\n123 45 Håbo\";S;Håbo;Elev\r\n"
	note := "Olle;Öst;o@e.exempel.se;9A;S;Håbo;\"" + strings.Repeat("rad\n", 10) + "slut\"\r\n"
	tests := []struct{ name, text, want string }{
		{"quote opened, rows follow", head + row("A") + "\"Nan Anna;Berg;n@e.exempel.se;9A;S;Håbo;Elev\r\n" + row("B") + row("C") + "F;G;f@e.exempel.se;9A;S;Håbo;\"Elev\"\r\n" + row("H"),
			`elever.csv, row 3, column A: a quote (") opened here closes only on line 6, so the lines up to there, which look like whole rows, would be one cell`},
		{"quote closed on the next row", head + "\"Nan Anna;Berg\r\nB;C;b@e.exempel.se;9A;S;Håbo;\"Elev\"\r\n" + row("H"),
			`elever.csv, row 2, column A: a quote (") opened here closes only on line 3`},
		{"a cell of eleven lines", head + row("A") + note + row("B"),
			`elever.csv, row 3, column G: a quote (") opened here closes only on line 13, so 11 lines would be one cell`},
	}
	for _, tc := range tests {
		_, err := readCSVText(t, []byte(tc.text))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	// An address of three lines and a note of ten are cells, not rows.
	for _, text := range []string{head + row("A") + address + row("B"), head + row("A") + strings.Replace(note, "rad\n", "", 1) + row("B")} {
		imp, err := readCSVText(t, []byte(text))
		if err != nil || firstNames(imp) != "A,Olle,B" {
			t.Errorf("%q: %v", text, err)
		}
	}
}
