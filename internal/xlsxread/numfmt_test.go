package xlsxread

import (
	"testing"

	"github.com/xuri/excelize/v2"
)

// digitFormatCases are number formats and values with what a cell shows,
// as LibreOffice's csv export shows them ("" where the format is no digit
// format, or the value is left to roundedNumber).
var digitFormatCases = []struct {
	code, value, want string
}{
	{"000000", "1234", "001234"},
	{"000000", "1234567", "1234567"},
	{"000000", "1234.5", "001235"},
	{"000000", "-42", "-000042"},
	{"000000", "0", "000000"},
	{"000000", "1.234E+3", "001234"},
	{"0000000000", "7", "0000000007"},
	{"0", "1234", "1234"},
	{`"ID-"0000`, "12", "ID-0012"},
	{`\I\D0000`, "12", "ID0012"},
	{"000 00", "41251", "412 51"},
	{"000 00", "50000", "500 00"},
	{"000 00", "1234567", "12345 67"},
	{"000-0000", "5551234", "555-1234"},
	{"#####0", "0", "0"},
	{"000", "-0.3", ""},
	{"##0000", "12", "0012"},
	{"[Red]000000", "1234", "001234"},
	{"00000;-00000", "-7", "-00007"},
	{"00000;(00000)", "-7", "(00007)"},
	{zeroSection, "0", "zero0"},
	{"00000;-00000;00000;@", "7", "00007"},
	{"000000", "1234567890123456", ""}, // 16 digits: roundedNumber's
	{"000000", "abc", ""},
	{"General", "1234", ""},
	{"0.00", "1234", ""},
	{"#,##0", "1234", ""},
	{"0%", "1", ""},
	{"0.00E+00", "1234", ""},
	{"yyyy-mm-dd", "41251", ""},
	{"@", "1234", ""},
	{"0_)", "1234", ""},
	{"[>100]000;0", "1234", ""},
	{"[$-41D]000000", "1234", ""},
	{`"ID-0000`, "12", ""},
	{`"ID"`, "12", ""},
	{"0;;0", "12", ""},
}

// zeroSection is a format with a section for zero, which LibreOffice and
// Excel show and excelize 2.11 does not.
const zeroSection = `00000;-00000;"zero"0`

func TestDigitFormat(t *testing.T) {
	for _, tc := range digitFormatCases {
		got, ok := "", false
		if f, parsed := parseDigitFormat(tc.code); parsed {
			got, ok = f.show(tc.value)
		}
		if ok != (tc.want != "") || got != tc.want {
			t.Errorf("%s of %s shows %q (%v), want %q", tc.code, tc.value, got, ok, tc.want)
		}
	}
}

// TestDigitFormatAgreesWithExcelize holds the digit formats to excelize's
// own formatting of a cell (GetCellValue without RawCellValue): the
// excelize path reads raw values, and shows these formats itself.
func TestDigitFormatAgreesWithExcelize(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	for i, tc := range digitFormatCases {
		if tc.want == "" || tc.code == zeroSection {
			continue
		}
		code := tc.code
		style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
		if err != nil {
			t.Fatal(err)
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetCellDefault("Sheet1", cell, tc.value)
		f.SetCellStyle("Sheet1", cell, cell, style)
		if got, err := f.GetCellValue("Sheet1", cell); err != nil || got != tc.want {
			t.Errorf("excelize shows %s of %s as %q (%v), want %q", tc.code, tc.value, got, err, tc.want)
		}
	}
}
