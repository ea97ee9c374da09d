// Package xlsxtest builds small xlsx workbooks for the tests of the
// readers (xlsxread) and of the import (sheet): made-up rosters, written
// part by part, so that each test says what its file holds.
package xlsxtest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
)

// The namespaces of a workbook's parts: SpreadsheetNS as the attribute
// that makes it the default, RelNS as a relationship type's prefix.
const (
	SpreadsheetNS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	RelNS         = `http://schemas.openxmlformats.org/officeDocument/2006/relationships`
)

// Worksheet is a worksheet part holding sheetData, with extra markup
// after it.
func Worksheet(sheetData string, extra string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><worksheet ` + SpreadsheetNS + `><sheetData>` + sheetData + `</sheetData>` + extra + `</worksheet>`
}

// GenSheetXML is a roster sheet of n rows with gaps, shared and inline
// strings, rich text, entities, numbers in exponent form, booleans and
// errors, some of which make the fast reader decline.
func GenSheetXML(seed uint64, n int) string {
	rng := rand.New(rand.NewPCG(seed, 7))
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	b.WriteString(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>` +
		`<c r="C1" t="inlineStr"><is><t>E-post</t></is></c><c r="D1" t="str"><v>Klass</v></c>` +
		`<c r="E1" t="s"><v>2</v></c><c r="F1" t="inlineStr"><is><r><t>Skydd</t></r><r><rPr><b/></rPr><t xml:space="preserve">ad identitet</t></r></is></c></row>`)
	cells := []string{
		`<c t="s"><v>3</v></c>`, `<c t="s"><v>4</v></c>`, `<c><v>1.23456789012E+11</v></c>`,
		`<c t="n"><v>42</v></c>`, `<c t="inlineStr"><is><t> Å &amp; &lt;b&gt; &#246;&#x41; </t></is></c>`,
		`<c t="str"><v>1E+5</v></c>`, `<c/>`, `<c t="s"><v>5</v></c>`,
		`<c t="inlineStr"><is><t>Ja</t></is></c>`, `<c s="0"><v>3.5</v></c>`,
		`<c t="b"><v>1</v></c>`, `<c t="e"><v>#N/A</v></c>`, `<c><v>7</v><f>A1</f></c>`,
		`<c t="inlineStr"><is><t>_x000D_</t></is></c>`,
	}
	line := 1
	for range n {
		line += 1 + rng.IntN(3)/2
		fmt.Fprintf(&b, `<row r="%d">`, line)
		col := 0
		for range 2 + rng.IntN(6) {
			col += 1 + rng.IntN(2)
			c := cells[rng.IntN(len(cells)-4*int(seed%2))]
			if seed%2 == 1 || rng.IntN(4) > 0 { // col is within A..N: one letter
				c = strings.Replace(c, "<c", fmt.Sprintf(`<c r="%s%d"`, string(rune('A'+col-1)), line), 1)
			}
			b.WriteString(c)
		}
		b.WriteString(`</row>`)
	}
	b.WriteString(`</sheetData></worksheet>`)
	return b.String()
}

// TinyXLSX wraps a sheet's XML in the smallest workbook excelize opens,
// with a few shared strings.
func TinyXLSX(sheetXML string) []byte {
	const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	const rel = `http://schemas.openxmlformats.org/officeDocument/2006/relationships`
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + rel + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook ` + ns + ` xmlns:r="` + rel + `"><sheets><sheet name="Elever" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + rel + `/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="` + rel + `/sharedStrings" Target="sharedStrings.xml"/></Relationships>`},
		{"xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst ` + ns + ` count="6" uniqueCount="6"><si><t>Förnamn</t></si><si><t>Efternamn</t></si><si><r><t>Ro</t></r><r><rPr><i/><sz val="11"/></rPr><t>ll</t></r></si><si><t xml:space="preserve"> Tova </t></si><si><t>Lind&apos;s</t></si><si><t/></si></sst>`},
		{"xl/worksheets/sheet1.xml", sheetXML},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, _ := zw.Create(p.name)
		w.Write([]byte(p.body))
	}
	zw.Close()
	return buf.Bytes()
}
