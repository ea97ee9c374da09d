package sheet

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// benchRows is the size of a large municipality's roster.
const benchRows = 10_000

// BenchmarkReadXLSX reads a roster whose SSOIDs are numbers and which has
// an extra column of numbers: the slow path, where styles are looked up.
func BenchmarkReadXLSX(b *testing.B) {
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		b.Fatal(err)
	}
	sw.SetRow("A1", []any{"Email", "FirstName", "LastName", "Class", "School", "Municipality", "Role", "SSOID", "Antal"})
	for r := 2; r <= benchRows+1; r++ {
		cell, _ := excelize.CoordinatesToCellName(1, r)
		sw.SetRow(cell, []any{fmt.Sprintf("p%d@skola.example", r), "Ada", "Ek", "7A", "Ekskolan", "Borås",
			"Elev", 100000000000 + r, r % 7})
	}
	if err := sw.Flush(); err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		imp, err := ReadXLSX(bytes.NewReader(buf.Bytes()), int64(buf.Len()), "a.xlsx")
		if err != nil || len(imp.Roster.Rows) != benchRows {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadCSV(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Förnamn;Efternamn;E-post;Klass;Skola;Kommun;Roll;SSO-ID\r\n")
	for r := range benchRows {
		fmt.Fprintf(&sb, "Ada;Ek;p%d@skola.example;7A;Ekskolan;Borås;Elev;%d\r\n", r, 100000000000+r)
	}
	text := sb.String()
	for b.Loop() {
		imp, err := ReadCSV(strings.NewReader(text), "a.csv")
		if err != nil || len(imp.Roster.Rows) != benchRows {
			b.Fatal(err)
		}
	}
}
