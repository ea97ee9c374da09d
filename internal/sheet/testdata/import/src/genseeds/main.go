// Command genseeds writes the seed corpora of FuzzReadCSV and FuzzReadXLSX
// (testdata/fuzz) from some of the import fixtures and a few hand-made
// edge cases, in the "go test fuzz v1" format.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

func write(dir, name string, data []byte) {
	os.MkdirAll(dir, 0o755)
	body := "go test fuzz v1\n[]byte(" + strconv.Quote(string(data)) + ")\n"
	if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
		panic(err)
	}
}

func main() {
	src, out := os.Args[1], os.Args[2]
	csvDir := filepath.Join(out, "FuzzReadCSV")
	for _, n := range []string{"csv_semicolon_cp1252.csv", "csv_tab_utf16le.csv", "csv_comma_utf8bom.csv", "csv_sep_line.csv", "csv_multiline.csv"} {
		b, err := os.ReadFile(filepath.Join(src, n))
		if err != nil {
			panic(err)
		}
		write(csvDir, "seed-"+n[:len(n)-4], b)
	}
	write(csvDir, "seed-unterminated-quote", []byte("Email,FirstName,LastName\n\"a@b.example,A,B\n"))
	write(csvDir, "seed-sep-line-only", []byte("sep=,"))
	write(csvDir, "seed-utf16be", []byte("\xfe\xff\x00E\x00,\x00F"))
	write(csvDir, "seed-odd-utf16", []byte("\xff\xfeE\x00m\x00a"))
	xDir := filepath.Join(out, "FuzzReadXLSX")
	for _, n := range []string{"excelize.xlsx", "openpyxl.xlsx", "locked.xlsx"} {
		b, err := os.ReadFile(filepath.Join(src, n))
		if err != nil {
			panic(err)
		}
		write(xDir, "seed-"+n[:len(n)-5], b)
		write(xDir, "seed-"+n[:len(n)-5]+"-cut", b[:len(b)/2])
	}
	fmt.Println("ok")
}
