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
	// Without a header in its first rows a sheet is read no further than
	// mentionScanRows, for a mention of protected identity, and no
	// further than such a mention.
	long := make([][]string, 2*mentionScanRows)
	for i := range long {
		long[i] = []string{"x", "y"}
	}
	imp, err = readRows(&Import{}, xlsxread.Sheet{Rows: rowsOf(long, &given)})
	if imp != nil || err != nil || given != mentionScanRows {
		t.Fatalf("no header: %v, %v, %d rows read, want %d", imp, err, given, mentionScanRows)
	}
	long[99] = []string{"Skyddad identitet: rad 12"}
	imp, shape, err := readSheetRows(&Import{}, xlsxread.Sheet{Rows: rowsOf(long, &given)})
	if imp != nil || err != nil || given != 100 || shape.mention != 100 {
		t.Fatalf("a mention: %v, %v, %d rows read, mention on row %d, want 100", imp, err, given, shape.mention)
	}
	// A short sheet without a header is not read either.
	if imp, err := readRows(&Import{}, xlsxread.Sheet{Rows: rowsOf(long[:3], &given)}); imp != nil || err != nil {
		t.Fatalf("short, no header: %v, %v", imp, err)
	}
}
