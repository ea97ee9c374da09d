package sheet

import (
	"testing"

	"rosterdesk/internal/xlsxread"
)

// rowsOf is an xlsxread.Rows over records, row 1 first, that counts the rows
// it gave.
func rowsOf(records [][]string, given *int) xlsxread.Rows {
	return func(row xlsxread.RowFunc) error {
		for i, cells := range records {
			*given = i + 1
			if !row(cells, i+1) {
				return nil
			}
		}
		return nil
	}
}

func TestReadRows(t *testing.T) {
	header := []string{"Förnamn", "Efternamn", "Klass"}
	records := [][]string{{"Elevlista"}, nil, header, {"Tova", "Lind", "1A"}, nil, {"Eskil", "Berg", "2B"}}
	var given int
	imp, err := readRows(&Import{}, xlsxread.Sheet{Rows: rowsOf(records, &given)})
	if err != nil || imp == nil || imp.HeaderRow != 3 || len(imp.Roster.Rows) != 2 || imp.Roster.Rows[1].SourceLine != 6 {
		t.Fatalf("%v, %v", imp, err)
	}
	// Without a header in its first rows a sheet is not read further.
	long := make([][]string, 200)
	for i := range long {
		long[i] = []string{"x", "y"}
	}
	imp, err = readRows(&Import{}, xlsxread.Sheet{Rows: rowsOf(long, &given)})
	if imp != nil || err != nil || given != headerScanRows {
		t.Fatalf("no header: %v, %v, %d rows read, want %d", imp, err, given, headerScanRows)
	}
	// A short sheet without a header is not read either.
	if imp, err := readRows(&Import{}, xlsxread.Sheet{Rows: rowsOf(long[:3], &given)}); imp != nil || err != nil {
		t.Fatalf("short, no header: %v, %v", imp, err)
	}
}
