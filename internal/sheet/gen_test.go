package sheet

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

// genHeader is the header of a generated roster: Swedish names, as a
// school system writes them, and an extra column.
var genHeader = []string{"Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll",
	"SSO-ID", "Skyddad identitet", "Mentor"}

// genRecord is row i of a generated roster of made-up people: students
// in classes 1A–9C over forty schools, a teacher in every twenty rows, a
// protected person now and then and numeric SSO ids.
func genRecord(i int) []any {
	first := []string{"Tova", "Eskil", "Aino", "Liv", "Otto", "Selma", "Vilgot", "Ines", "Åsa", "Örjan"}
	last := []string{"Lind", "Berg", "Ek", "Dahl", "Holm", "Strand", "Sund", "Vik", "Nyström", "Ågren"}
	f, l := first[i%len(first)], last[(i/len(first))%len(last)]
	role, class := "Elev", fmt.Sprintf("%d%c", 1+i%9, 'A'+rune(i%3))
	if i%20 == 0 {
		role, class = "Lärare", ""
	}
	prot := ""
	if i%997 == 0 {
		prot = "Ja"
	}
	return []any{f, l, fmt.Sprintf("%s.%s.%d@skola.example.se", f, l, i), class,
		fmt.Sprintf("Skola %d", i%40), "Borås", role, 100000000000 + i, prot, last[i%7]}
}

// genXLSX writes a roster of n rows as an xlsx with shared strings, as
// Excel writes them, at path.
func genXLSX(path string, n int) error {
	f := excelize.NewFile()
	defer f.Close()
	header := make([]any, len(genHeader))
	for i, h := range genHeader {
		header[i] = h
	}
	if err := f.SetSheetRow("Sheet1", "A1", &header); err != nil {
		return err
	}
	for i := range n {
		rec := genRecord(i)
		if err := f.SetSheetRow("Sheet1", "A"+strconv.Itoa(i+2), &rec); err != nil {
			return err
		}
	}
	return f.SaveAs(path)
}

// genCSV writes a roster of n rows as a semicolon csv at path.
func genCSV(path string, n int) error {
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(out)
	w.Comma = ';'
	w.Write(genHeader)
	rec := make([]string, len(genHeader))
	for i := range n {
		for j, v := range genRecord(i) {
			rec[j] = fmt.Sprint(v)
		}
		w.Write(rec)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// benchRowCount is the size of the benchmark rosters: 100,000 rows, or
// ROSTER_BENCH_ROWS (1000, 1000000).
func benchRowCount() int {
	if n, err := strconv.Atoi(os.Getenv("ROSTER_BENCH_ROWS")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// benchFiles are the generated rosters, made once per test process.
var benchFiles struct {
	dir       string
	rows      int
	xlsx, csv string
}

// benchRoster returns the paths of the generated xlsx and csv rosters.
func benchRoster(tb testing.TB) (xlsxPath, csvPath string, rows int) {
	tb.Helper()
	if benchFiles.dir == "" {
		dir, err := os.MkdirTemp("", "rosterbench")
		if err != nil {
			tb.Fatal(err)
		}
		n := benchRowCount()
		x, c := filepath.Join(dir, "roster.xlsx"), filepath.Join(dir, "roster.csv")
		if err := genXLSX(x, n); err != nil {
			tb.Fatal(err)
		}
		if err := genCSV(c, n); err != nil {
			tb.Fatal(err)
		}
		benchFiles.dir, benchFiles.rows, benchFiles.xlsx, benchFiles.csv = dir, n, x, c
	}
	return benchFiles.xlsx, benchFiles.csv, benchFiles.rows
}
