// Command genxlsx writes excelize.xlsx, an import fixture written by
// excelize itself, and locked.xlsx, the same protected with a password.
// excelize.xlsx has: header on row 1, a duplicate Email column, rows missing
// from the XML, an SSOID stored in exponent form, padded values and
// Swedish roles. All names are made up.
package main

import (
	"log"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

func main() {
	f := excelize.NewFile()
	const s = "Sheet1"
	rows := map[int][]any{
		1: {"Email", "FirstName", "LastName", "Class", "School", "Municipality", "Role", "SSOID", "E-post", "Protected"},
		2: {"linnea.holm@skola.example", "Linnea", "Holm", "5A", "Ekskolan", "Lillköping", "Elev", int64(200000000001), "linnea@hem.example", "nej"},
		3: {" gustav.ek@skola.example ", "Gustav", "Ek", " 5 a", "Ekskolan", "Lillköping", "LÄRARE", nil, "", "Ja"},
		// Rows 4 and 5 are missing from the XML.
		6: {"saga.lund@skola.example", "Saga", "Lund", "5B", "Ekskolan", "Lillköping", "rektor", nil, nil, "✓"},
	}
	for r, values := range rows {
		for c, v := range values {
			if v == nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(c+1, r)
			if err := f.SetCellValue(s, cell, v); err != nil {
				log.Fatal(err)
			}
		}
	}
	// A number stored as Excel writes large ones: in exponent form.
	if err := f.SetCellDefault(s, "H6", "2.00000000003E+11"); err != nil {
		log.Fatal(err)
	}
	if err := f.SaveAs(filepath.Join(os.Args[1], "excelize.xlsx")); err != nil {
		log.Fatal(err)
	}
	// The same workbook protected with a password: excelize writes the
	// ECMA-376 agile encryption Excel uses, an OLE2 compound file holding
	// EncryptionInfo and EncryptedPackage streams.
	if err := f.SaveAs(filepath.Join(os.Args[1], "locked.xlsx"), excelize.Options{Password: "hemligt"}); err != nil {
		log.Fatal(err)
	}
}
