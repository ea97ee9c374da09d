package check

import (
	"testing"

	"rosterdesk/internal/roster"
)

func TestExcelError(t *testing.T) {
	for v, want := range map[string]bool{
		"#N/A": true, "#n/a": true, " #DIV/0! ": true, "#SAKNAS!": true, "#Saknas!": true, "#PUUTTUU!": true,
		"#VÄRDEFEL!": true, "#NAMN?": true, "#REF!": true, "Err:502": true,
		"#1": false, "9A": false, "#": false, "": false, "#hashtag": false, "Err:5020": false, "N/A": false,
	} {
		if _, got := excelError(v); got != want {
			t.Errorf("excelError(%q) = %v, want %v", v, got, want)
		}
	}
}

// TestExcelErrorProblems checks that an Excel error in any field is an
// error on its cell that names the error.
func TestExcelErrorProblems(t *testing.T) {
	r := roster.New()
	row := r.NewRow()
	row.Values = [roster.NumFields]string{"anna@skola.example.se", "Anna", "Berg", "#N/A", "Norrskolan", "Borås", "student", "#SAKNAS!"}
	r.Rows = append(r.Rows, row)
	got := map[string]string{}
	for _, p := range Check(r) {
		if p.Code == CodeExcelError {
			if p.Severity != Error {
				t.Errorf("%s is a warning", p.Code)
			}
			got[p.Field.String()] = p.Message.String()
		}
	}
	want := map[string]string{
		"Class": "the cell shows the Excel error #N/A, not a value: correct the formula in Excel, or type the value in",
		"SSOID": "the cell shows the Excel error #SAKNAS!, not a value: correct the formula in Excel, or type the value in",
	}
	if len(got) != len(want) || got["Class"] != want["Class"] || got["SSOID"] != want["SSOID"] {
		t.Errorf("excel_error problems %q, want %q", got, want)
	}
}
