package xlsxread

import (
	"errors"
	"strings"
	"testing"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

func TestPlaceByReference(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// Cells out of order; one without a reference follows the one
		// before it in the file.
		{`<row r="2"><c r="C2"><v>3</v></c><c r="A2"><v>1</v></c><c><v>2</v></c></row>`,
			`<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><v>3</v></c></row>`},
		// Rows by number; a row without one follows the row before it.
		{`<row r="3" hidden="1"><c r="A3"><v>3</v></c></row><row r="1"><c r="A1"><v>1</v></c></row><row><c><v>2</v></c></row>`,
			`<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="3" hidden="1"><c r="A3"><v>3</v></c></row>`},
		// The last of two cells with one reference; two rows of one
		// number are one row; a cell naming another row goes there.
		{`<row r="1"><c r="A1"><v>1</v></c><c r="A1"/></row><row r="1"><c r="B1"><v>2</v></c><c r="B3"><v>4</v></c></row>`,
			`<row r="1"><c r="A1"/><c r="B1"><v>2</v></c></row><row r="3"><c r="B3"><v>4</v></c></row>`},
	} {
		got, err := placeByReference([]byte(xlsxtest.Worksheet(tc.in, `<pageMargins left="0.7"/>`)))
		if err != nil || string(got) != xlsxtest.Worksheet(tc.want, `<pageMargins left="0.7"/>`) {
			t.Errorf("%s:\ngot  %s (%v)\nwant %s", tc.in, got, err, tc.want)
		}
	}
	// A prefixed sheet keeps its prefix.
	prefixed := `<x:worksheet xmlns:x="` + strings.TrimSuffix(strings.TrimPrefix(xlsxtest.SpreadsheetNS, `xmlns="`), `"`) + `"><x:sheetData>` +
		`<x:row r="2"><x:c r="A2"><x:v>2</x:v></x:c></x:row><x:row r="1"><x:c><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`
	got, err := placeByReference([]byte(prefixed))
	if err != nil || !strings.Contains(string(got), `<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="2">`) {
		t.Errorf("prefixed: %s (%v)", got, err)
	}
	for _, bad := range []string{`<row r="x"><c><v>1</v></c></row>`, `<row r="1"><c r="1A"><v>1</v></c></row>`,
		`<row r="2"><c r="B2"><v>1</v></c><x></row>`, `<row r="2"><c r="B2"><v>1</v></x></row>`} {
		if _, err := placeByReference([]byte(xlsxtest.Worksheet(bad, ""))); !errors.Is(err, ErrDamaged) {
			t.Errorf("%s: %v, want damaged", bad, err)
		}
	}
}
