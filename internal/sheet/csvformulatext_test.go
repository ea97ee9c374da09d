package sheet

import (
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

func TestFormulaText(t *testing.T) {
	for _, tc := range []struct {
		cell, text string
		ok         bool
	}{
		{`="001206"`, "001206", true},
		{`="9/1"`, "9/1", true},
		{` ="9A" `, "9A", true},
		{`=""`, "", true},
		{`="Skolan ""Ek"""`, `Skolan "Ek"`, true},
		{`001206`, "", false},
		{`=A1`, "", false},
		{`="a"&"b"`, "", false},
		{`="001206`, "", false},
		{`'001205`, "", false},
		{`x="1"`, "", false},
	} {
		text, ok := formulaText(tc.cell)
		if text != tc.text || ok != tc.ok {
			t.Errorf("formulaText(%q) = %q, %v; want %q, %v", tc.cell, text, ok, tc.text, tc.ok)
		}
	}
}

// TestCSVFormulaTextIsItsText reads a semicolon csv as school systems
// write it for Excel (tester T56): ="001206" keeps an SSO id's zeros and
// ="9A" a class; both are read as Excel shows them, in one notice.
func TestCSVFormulaTextIsItsText(t *testing.T) {
	text := "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;SSO-id\r\n" +
		"alva.berg@x.se;Alva;Berg;=\"9A\";=\"Ekbacka skola\";Ale;elev;=\"001206\"\r\n" +
		"nils.holm@x.se;Nils;Holm;9A;Ekbacka skola;Ale;elev;001207\r\n"
	imp, err := ReadCSV(strings.NewReader(text), "elever.csv")
	if err != nil {
		t.Fatal(err)
	}
	alva := imp.Roster.Rows[0].Values
	if alva[roster.Class] != "9A" || alva[roster.School] != "Ekbacka skola" || alva[roster.SSOID] != "001206" {
		t.Errorf("Alva's row: %q", alva)
	}
	var notices []string
	for _, n := range imp.Notices {
		if n.Code == NoticeFormulaText {
			notices = append(notices, n.Message.String())
		}
	}
	if len(notices) != 1 || !strings.Contains(notices[0], "read 3 cells") {
		t.Errorf("notices %q", notices)
	}
}
