package sheet

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// mentionWorkbook is a list on sheet Elever and a sheet Info whose row
// line holds note (nothing when line is 0), behind a title.
func mentionWorkbook(t *testing.T, line int, note string) []byte {
	t.Helper()
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Elever")
	f.SetSheetRow("Elever", "A1", &[]string{"Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll"})
	f.SetSheetRow("Elever", "A2", &[]string{"Tova", "Lind", "tova.lind@skola.example.se", "9A", "Norrskolan", "Borås", "Elev"})
	f.NewSheet("Info")
	f.SetCellStr("Info", "A1", "Elevlista HT26")
	if line > 0 {
		f.SetCellStr("Info", fmt.Sprintf("B%d", line), note)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSheetMentionsProtection: a sheet that is no list but mentions
// protected identity, near its top or far below (past the rows searched
// for a header), is a warning of the whole file naming the sheet and the
// row, in both readers; a sheet that mentions nothing of it is not.
func TestSheetMentionsProtection(t *testing.T) {
	tests := []struct {
		line int
		note string
		want string
	}{
		{3, "Elever med skyddad identitet: rad 12, 15", `sheet "Info" was not read, but its row 3 mentions protected identity`},
		{4, "Turvakielto: rivi 7", `sheet "Info" was not read, but its row 4 mentions protected identity`},
		{120, "Skyddade elever, se rad 9", `sheet "Info" was not read, but its row 120 mentions protected identity`},
		{3, "Uppdaterad av kansliet", ""},
		{0, "", ""},
	}
	for _, tt := range tests {
		data := mentionWorkbook(t, tt.line, tt.note)
		for _, fast := range []bool{true, false} {
			imp, err := readWorkbook(bytes.NewReader(data), int64(len(data)), "lista.xlsx", fast, ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range imp.Problems {
				if p.Code == check.CodeSheetMentions {
					got = append(got, p.Message.String())
				}
			}
			var notices []string
			for _, n := range imp.Notices {
				if strings.Contains(n.Message.String(), "mentions protected identity") {
					notices = append(notices, n.Message.String())
				}
			}
			if tt.want != "" && len(notices) != 1 || tt.want == "" && len(notices) != 0 {
				t.Errorf("%q (fast %v): notices %q, want one that says the sheet mentions protected identity", tt.note, fast, notices)
			}
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("%q (fast %v): %q, want no warning", tt.note, fast, got)
			case tt.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tt.want) || strings.Contains(got[0], tt.note)):
				t.Errorf("%q (fast %v): %q, want one warning %q… that does not quote the note", tt.note, fast, got, tt.want)
			}
		}
	}
}

// protectionSheetWorkbook is a list of two pupils on sheet Elever and a
// sheet named name that holds rows (nothing when rows is nil).
func protectionSheetWorkbook(t *testing.T, name string, rows [][]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Elever")
	head := []string{"Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll"}
	f.SetSheetRow("Elever", "A1", &head)
	f.SetSheetRow("Elever", "A2", &[]string{"Tova", "Lind", "tova.lind@skola.example.se", "9A", "Norrskolan", "Borås", "Elev"})
	f.SetSheetRow("Elever", "A3", &[]string{"Edvin", "Berg", "edvin.berg@skola.example.se", "9A", "Norrskolan", "Borås", "Elev"})
	f.NewSheet(name)
	for i, r := range rows {
		f.SetSheetRow(name, fmt.Sprintf("A%d", i+1), &r)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestProtectionSheetName: a sheet whose name mentions protected identity
// ("Skyddade elever", "Sekretess") names protected people, though no
// column marks them: its list's rows are protected, with a warning each,
// and protect the same person on the other sheets, also when --sheet
// leaves the sheet out; where its list has a protected-identity column,
// that column says who is; a sheet so named with names but no list is the
// warning that it mentions protected identity; an empty one is nothing
// (tester: a sheet "Skyddade elever" beside "Elever" went into the
// upload file with 0 errors).
func TestProtectionSheetName(t *testing.T) {
	head := []string{"Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll"}
	alva := []string{"Alva", "Ek", "alva.ek@skola.example.se", "9A", "Norrskolan", "Borås", "Elev"}
	tova := []string{"Tova", "Lind", "tova.lind@skola.example.se", "9A", "Norrskolan", "Borås", "Elev"}
	tests := []struct {
		sheet     string
		rows      [][]string
		opts      ReadOptions
		protected []string
		// warned counts the rows warned that the sheet's name protects
		// them (not those of a sheet --sheet leaves out).
		warned  int
		mention string
	}{
		{"Skyddade elever", [][]string{head, alva}, ReadOptions{}, []string{"Alva"}, 1, ""},
		{"Sekretess", [][]string{head, tova}, ReadOptions{}, []string{"Tova", "Tova"}, 1, ""},
		{"Skyddad identitet", [][]string{head, tova}, ReadOptions{Sheets: []string{"Elever"}}, []string{"Tova"}, 0, ""},
		{"Skyddade", [][]string{{"Tova Lind"}}, ReadOptions{}, nil, 0, `sheet "Skyddade" was not read, but its name mentions protected identity`},
		{"Turvakielto", [][]string{{"Nimi"}, {"Tova Lind"}}, ReadOptions{Sheets: []string{"Elever"}}, nil, 0, `sheet "Turvakielto" was not read, but its name mentions protected identity`},
		{"Skyddade", [][]string{append(head, "Skyddad identitet"), append(alva, "Nej"), append(tova, "Ja")}, ReadOptions{}, []string{"Tova", "Tova"}, 0, ""},
		{"Sekretess", nil, ReadOptions{}, nil, 0, ""},
		{"Information", [][]string{{"Tova Lind"}}, ReadOptions{}, nil, 0, ""},
	}
	for _, tt := range tests {
		data := protectionSheetWorkbook(t, tt.sheet, tt.rows)
		for _, fast := range []bool{true, false} {
			imp, err := readWorkbook(bytes.NewReader(data), int64(len(data)), "lista.xlsx", fast, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			var protected, mentions []string
			warned := 0
			for _, row := range imp.Roster.Rows {
				if row.Protected {
					protected = append(protected, row.Values[roster.FirstName])
				}
			}
			for _, p := range imp.Problems {
				switch {
				case p.Code == check.CodeSheetMentions:
					mentions = append(mentions, p.Message.String())
				case p.Code == check.CodeProtectedValue && strings.Contains(p.Message.String(), "whose name mentions protected identity"):
					warned++
				}
			}
			name := fmt.Sprintf("%s %v (fast %v)", tt.sheet, tt.rows, fast)
			if !slices.Equal(protected, tt.protected) {
				t.Errorf("%s: protected %q, want %q", name, protected, tt.protected)
			}
			if warned != tt.warned {
				t.Errorf("%s: %d rows warned that the sheet's name protects them, want %d", name, warned, tt.warned)
			}
			switch {
			case tt.mention == "" && len(mentions) > 0:
				t.Errorf("%s: %q, want no warning of the sheet", name, mentions)
			case tt.mention != "" && (len(mentions) != 1 || !strings.HasPrefix(mentions[0], tt.mention)):
				t.Errorf("%s: %q, want one warning %q…", name, mentions, tt.mention)
			}
		}
	}
	for _, name := range []string{"Skyddade elever", "Sekretess", "Skyddad identitet", "Turvakielto", "Elever med skyddad identitet"} {
		if !protectionSheet(name) {
			t.Errorf("%q is not taken for a sheet of protected people", name)
		}
	}
	for _, name := range []string{"Elever", "9A", "Lärare", "Alla elever", "Utskrivna elever", "Personal", "Oppilaat", "Info"} {
		if protectionSheet(name) {
			t.Errorf("%q is taken for a sheet of protected people", name)
		}
	}
}
