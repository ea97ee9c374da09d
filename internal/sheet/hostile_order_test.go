package sheet

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"rosterdesk/internal/roster"
)

// orderCase is what a file of hostile_order_gen_test.go must give, with
// the fast reader and with the excelize path alike: its rows' source
// lines, first names and protected marks, and their last names where
// given, read from sheet.
type orderCase struct {
	file      string
	sheet     string
	lines     []int
	first     []string
	protected []bool
	last      []string
}

var hostileOrderCases = []orderCase{
	{"order_cells_reversed.xlsx", "Elever", []int{2, 3, 4}, []string{"Eskil", "Aino", "Liv"}, []bool{false, true, false}, nil},
	{"order_rows_reversed.xlsx", "Elever", []int{2, 3, 4}, []string{"Eskil", "Aino", "Liv"}, []bool{false, true, false}, nil},
	{"order_row_moved.xlsx", "Elever", []int{2, 3, 4, 5, 6}, []string{"Eskil", "Aino", "Liv", "Otto", "Tova"},
		[]bool{false, true, false, false, false}, nil},
	{"order_duplicate_ref.xlsx", "Elever", []int{2, 3, 4}, []string{"Eskil", "Aino", "Liv"}, []bool{true, true, false},
		[]string{"Lindqvist", "Lind", "Lind"}},
	{"order_chartsheet_first.xlsx", "Elever", []int{2, 3, 4}, []string{"Eskil", "Aino", "Liv"}, []bool{false, true, false}, nil},
	{"order_dialogsheet_first.xlsx", "Elever", []int{2, 3, 4}, []string{"Eskil", "Aino", "Liv"}, []bool{false, true, false}, nil},
}

// The corpus test knows these files too: each is read, its first row
// holding its first name.
func init() {
	for _, c := range hostileOrderCases {
		hostileCases = append(hostileCases, hostileCase{c.file, nil, c.first[0], len(c.lines)})
	}
}

func TestHostileOrder(t *testing.T) {
	for _, c := range hostileOrderCases {
		data, err := os.ReadFile(filepath.Join("testdata", "hostile", c.file))
		if err != nil {
			t.Fatal(err)
		}
		for _, fast := range []bool{true, false} {
			imp, err := readXLSX(bytes.NewReader(data), int64(len(data)), c.file, fast)
			if err != nil {
				t.Fatalf("%s (fast %v): %v", c.file, fast, err)
			}
			if imp.Sheet != c.sheet || imp.ProtectedColumn != "Skyddad identitet" || len(imp.Roster.ExtraColumns) != 0 {
				t.Errorf("%s (fast %v): sheet %q, protected column %q, extra columns %q", c.file, fast,
					imp.Sheet, imp.ProtectedColumn, imp.Roster.ExtraColumns)
			}
			if len(imp.Roster.Rows) != len(c.lines) {
				t.Fatalf("%s (fast %v): %d rows, want %d:\n%s", c.file, fast, len(imp.Roster.Rows), len(c.lines), dump(imp))
			}
			for i, row := range imp.Roster.Rows {
				bad := row.SourceLine != c.lines[i] || row.Values[roster.FirstName] != c.first[i] ||
					row.Protected != c.protected[i] || c.last != nil && row.Values[roster.LastName] != c.last[i]
				if bad {
					t.Errorf("%s (fast %v): row %d is line %d %q protected %v, want line %d %s protected %v",
						c.file, fast, i, row.SourceLine, row.Values, row.Protected, c.lines[i], c.first[i], c.protected[i])
				}
			}
		}
	}
}
