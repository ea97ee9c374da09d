package sheet

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/xlsxread"
	"rosterdesk/internal/xlsxread/xlsxtest"
)

// The part of the hostile corpus about where cells and rows land: cells
// and rows out of order, a reference given twice, and sheets that are no
// worksheet listed before the data. TestGenerateHostile writes and checks
// these with the rest; hostile_order_test.go states what each must give.

// orderHeader is hostileHeader with a protected-identity column.
var orderHeader = append(slices.Clone(hostileHeader), "Skyddad identitet")

// orderRecord is data row i of the roster, "Ja" in the protected column
// when protected.
func orderRecord(i int, protected bool) []string {
	mark := "Nej"
	if protected {
		mark = "Ja"
	}
	return append(hostileRecord(i), mark)
}

// orderRow is a row of inline-string cells at row r, written in the order
// of cols (1 is A), each with its reference.
func orderRow(r int, vals []string, cols []int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<row r="%d">`, r)
	for _, c := range cols {
		fmt.Fprintf(&b, `<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>`, xlsxread.ColumnLetter(c-1), r, xlsxtest.XMLEscape(vals[c-1]))
	}
	b.WriteString(`</row>`)
	return b.String()
}

// inOrder is the columns 1 to n.
func inOrder(n int) []int {
	cols := make([]int, n)
	for i := range cols {
		cols[i] = i + 1
	}
	return cols
}

// orderRows is the header and data rows 2 to n+1 in the order of rows;
// row 3 is protected.
func orderRows(rows []int, cols func(r int) []int) string {
	var b strings.Builder
	b.WriteString(orderRow(1, orderHeader, inOrder(len(orderHeader))))
	for _, r := range rows {
		b.WriteString(orderRow(r, orderRecord(r-1, r == 3), cols(r)))
	}
	return b.String()
}

// withSheetFirst lists, before the data sheet, a sheet of another kind
// (chartsheet, dialogsheet) whose part carries a roster of decoys.
func withSheetFirst(data, kind string) []xlsxtest.Part {
	decoy := strings.NewReplacer("<worksheet", "<"+kind, "</worksheet>", "</"+kind+">", "Norrskolan", "Lockbete").
		Replace(xlsxtest.Worksheet(orderRows([]int{2, 3, 4, 5}, func(int) []int { return inOrder(len(orderHeader)) }), ""))
	parts := xlsxtest.OneSheet(data)
	name := "xl/" + kind + "s/sheet1.xml"
	for i := range parts {
		p := &parts[i]
		switch p.Name {
		case "xl/workbook.xml":
			p.Body = strings.Replace(p.Body, "<sheets>", `<sheets><sheet name="Diagram" sheetId="9" r:id="rIdK"/>`, 1)
		case "xl/_rels/workbook.xml.rels":
			p.Body = strings.Replace(p.Body, "</Relationships>", `<Relationship Id="rIdK" Type="`+xlsxtest.RelNS+`/`+kind+
				`" Target="`+kind+`s/sheet1.xml"/></Relationships>`, 1)
		case "[Content_Types].xml":
			p.Body = strings.Replace(p.Body, "</Types>", `<Override PartName="/`+name+
				`" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.`+kind+`+xml"/></Types>`, 1)
		}
	}
	// Its own relationships, empty, as openpyxl wants for a chartsheet.
	return append(parts, xlsxtest.Part{Name: name, Body: decoy}, xlsxtest.Part{Name: "xl/" + kind + "s/_rels/sheet1.xml.rels", Body: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`})
}

// hostileOrderFiles is this part of the corpus, by file name.
func hostileOrderFiles(t *testing.T) map[string][]byte {
	all := func(int) []int { return inOrder(len(orderHeader)) }
	files := map[string][]byte{}
	// Row 3's cells last column first: its "Ja" must stay under
	// Skyddad identitet.
	files["order_cells_reversed.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(orderRows([]int{2, 3, 4}, func(r int) []int {
		cols := inOrder(len(orderHeader))
		if r == 3 {
			slices.Reverse(cols)
		}
		return cols
	}), "")))
	files["order_rows_reversed.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(orderRows([]int{4, 3, 2}, all), "")))
	files["order_row_moved.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(orderRows([]int{2, 3, 5, 6, 4}, all), "")))
	// Row 2's last name and protected mark are given twice: the last wins.
	files["order_duplicate_ref.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(strings.Replace(orderRows([]int{2, 3, 4}, all),
		`</t></is></c></row><row r="3">`,
		`</t></is></c><c r="C2" t="inlineStr"><is><t>Lindqvist</t></is></c><c r="I2" t="inlineStr"><is><t>Ja</t></is></c></row><row r="3">`, 1), "")))
	files["order_chartsheet_first.xlsx"] = xlsxtest.Zip(t, withSheetFirst(xlsxtest.Worksheet(orderRows([]int{2, 3, 4}, all), ""), "chartsheet"))
	files["order_dialogsheet_first.xlsx"] = xlsxtest.Zip(t, withSheetFirst(xlsxtest.Worksheet(orderRows([]int{2, 3, 4}, all), ""), "dialogsheet"))
	return files
}
