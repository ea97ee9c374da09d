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
	"testing"
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

// InlineRow is a row of inline-string cells from column A.
func InlineRow(r int, vals ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<row r="%d">`, r)
	for i, v := range vals {
		if v == "" {
			continue
		}
		fmt.Fprintf(&b, `<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, Ref(i+1, r), XMLEscape(v))
	}
	b.WriteString(`</row>`)
	return b.String()
}

// XMLEscape escapes text for an element's content.
func XMLEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// Part is a file inside a zip.
type Part struct{ Name, Body string }

// Book is a workbook of the given sheets (name, XML, state), with extra
// parts.
func Book(sheets [][3]string, extra ...Part) []Part {
	var wbSheets, rels, types strings.Builder
	for i, s := range sheets {
		state := ""
		if s[2] != "" {
			state = ` state="` + s[2] + `"`
		}
		fmt.Fprintf(&wbSheets, `<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>`, s[0], i+1, state, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, RelNS, i+1)
		fmt.Fprintf(&types, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
	}
	for _, p := range extra {
		if p.Name == "xl/sharedStrings.xml" {
			fmt.Fprintf(&rels, `<Relationship Id="rIdS" Type="%s/sharedStrings" Target="sharedStrings.xml"/>`, RelNS)
			types.WriteString(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`)
		}
		if p.Name == "xl/styles.xml" {
			fmt.Fprintf(&rels, `<Relationship Id="rIdT" Type="%s/styles" Target="styles.xml"/>`, RelNS)
			types.WriteString(`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`)
		}
	}
	parts := []Part{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` + types.String() + `</Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + RelNS + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook ` + SpreadsheetNS + ` xmlns:r="` + RelNS + `"><sheets>` + wbSheets.String() + `</sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() + `</Relationships>`},
	}
	for i, s := range sheets {
		parts = append(parts, Part{fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), s[1]})
	}
	return append(parts, extra...)
}

// OneSheet is a workbook of one visible sheet.
func OneSheet(sheetXML string, extra ...Part) []Part {
	return Book([][3]string{{"Elever", sheetXML, ""}}, extra...)
}

// Zip packs parts into a zip, in order.
func Zip(t testing.TB, parts []Part) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p.Body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// SST is a shared-strings part of the given items (the markup inside
// each <si>).
func SST(items ...string) Part {
	var b strings.Builder
	for _, it := range items {
		b.WriteString(`<si>` + it + `</si>`)
	}
	return Part{"xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst ` + SpreadsheetNS + ` count="` + fmt.Sprint(len(items)) + `">` + b.String() + `</sst>`}
}

// Ref is the reference of the cell in column col (1 is A) of row r, as
// C12. The tests write references themselves rather than through the
// reader's ColumnLetter, which they test.
func Ref(col, r int) string {
	var b []byte
	for ; col > 0; col = (col - 1) / 26 {
		b = append([]byte{byte('A' + (col-1)%26)}, b...)
	}
	return fmt.Sprintf("%s%d", b, r)
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
			if seed%2 == 1 || rng.IntN(4) > 0 {
				c = strings.Replace(c, "<c", fmt.Sprintf(`<c r="%s"`, Ref(col, line)), 1)
			}
			b.WriteString(c)
		}
		b.WriteString(`</row>`)
	}
	b.WriteString(`</sheetData></worksheet>`)
	return b.String()
}

// TinyXLSX wraps a sheet's XML in a workbook of that one sheet, with a
// few shared strings (rich text, kept spaces, an entity, an empty one).
func TinyXLSX(t testing.TB, sheetXML string) []byte {
	return Zip(t, OneSheet(sheetXML, SST(`<t>Förnamn</t>`, `<t>Efternamn</t>`,
		`<r><t>Ro</t></r><r><rPr><i/><sz val="11"/></rPr><t>ll</t></r>`, `<t xml:space="preserve"> Tova </t>`,
		`<t>Lind&apos;s</t>`, `<t/>`)))
}
