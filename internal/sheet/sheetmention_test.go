package sheet

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rosterdesk/internal/check"
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
