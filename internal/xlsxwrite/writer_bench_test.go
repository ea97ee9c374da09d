package xlsxwrite

import (
	"fmt"
	"io"
	"testing"
)

// benchRecords is a roster of n rows as the upload file holds it.
func benchRecords(n int) [][]string {
	records := [][]string{header}
	for i := range n {
		records = append(records, []string{fmt.Sprintf("elev%d.lind@skola.example.se", i), "Tova", "Lind",
			"9A", "Källbäcksskolan", "Borås", "student", fmt.Sprint(100000000000 + i)})
	}
	return records
}

// BenchmarkWrite writes 100,000 rows with this package and, for
// comparison, with excelize's StreamWriter (which export used before).
func BenchmarkWrite(b *testing.B) {
	records := benchRecords(100_000)
	b.Run("xlsxwrite", func(b *testing.B) {
		for b.Loop() {
			if err := Write(io.Discard, "Sheet1", records, saved); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("excelize", func(b *testing.B) {
		for b.Loop() {
			excelizeWrite(b, "Sheet1", records)
		}
	})
}
