package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"

	"rosterdesk/internal/xlsxread"
	"rosterdesk/internal/xlsxread/xlsxtest"
)

// The hostile corpus in testdata/hostile is committed, so that reading
// it does not depend on this generator; the test fails when the two
// part ways. This writes the corpus again, for when a case is added:
//
//	ROSTER_GEN_HOSTILE=1 go test ./internal/sheet -run TestGenerateHostile
//
// Every name and address in it is made up.
func TestGenerateHostile(t *testing.T) {
	dir := filepath.Join("testdata", "hostile")
	write := os.Getenv("ROSTER_GEN_HOSTILE") != ""
	if write {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	files := hostileFiles(t)
	maps.Copy(files, hostileOrderFiles(t))
	for name, data := range files {
		path := filepath.Join(dir, name)
		if write {
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if have, err := os.ReadFile(path); err != nil || !bytes.Equal(have, data) {
			t.Errorf("%s is not what the generator makes (%v): run ROSTER_GEN_HOSTILE=1 go test -run TestGenerateHostile", path, err)
		}
	}
}

var hostileHeader = []string{"Email", "FirstName", "LastName", "Class", "School", "Municipality", "Role", "SSOID"}

// hostileRecord is data row i of a made-up roster.
func hostileRecord(i int) []string {
	first := []string{"Tova", "Eskil", "Aino", "Liv", "Otto"}[i%5]
	return []string{fmt.Sprintf("%s.%d@skola.example.se", strings.ToLower(first), i), first, "Lind",
		fmt.Sprintf("%dA", 1+i%9), "Norrskolan", "Borås", "student", fmt.Sprint(100000000000 + i)}
}

// inlineRow is a row of inline-string cells from column A.
func inlineRow(r int, vals ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<row r="%d">`, r)
	for i, v := range vals {
		if v == "" {
			continue
		}
		fmt.Fprintf(&b, `<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>`, xlsxread.ColumnLetter(i), r, xmlEscape(v))
	}
	b.WriteString(`</row>`)
	return b.String()
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// rosterRows is the header and n data rows, rows 1 to n+1; edit, when
// not nil, may replace the XML of a row.
func rosterRows(n int, edit func(r int, row string) string) string {
	var b strings.Builder
	b.WriteString(inlineRow(1, hostileHeader...))
	for i := 1; i <= n; i++ {
		row := inlineRow(i+1, hostileRecord(i)...)
		if edit != nil {
			row = edit(i+1, row)
		}
		b.WriteString(row)
	}
	return b.String()
}

// part is a file inside a zip.
type part struct{ name, body string }

// book is a workbook of the given sheets (name, XML, state), with extra
// parts.
func book(sheets [][3]string, extra ...part) []part {
	var wbSheets, rels, types strings.Builder
	for i, s := range sheets {
		state := ""
		if s[2] != "" {
			state = ` state="` + s[2] + `"`
		}
		fmt.Fprintf(&wbSheets, `<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>`, s[0], i+1, state, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, xlsxtest.RelNS, i+1)
		fmt.Fprintf(&types, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
	}
	for _, p := range extra {
		if p.name == "xl/sharedStrings.xml" {
			fmt.Fprintf(&rels, `<Relationship Id="rIdS" Type="%s/sharedStrings" Target="sharedStrings.xml"/>`, xlsxtest.RelNS)
			types.WriteString(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`)
		}
		if p.name == "xl/styles.xml" {
			fmt.Fprintf(&rels, `<Relationship Id="rIdT" Type="%s/styles" Target="styles.xml"/>`, xlsxtest.RelNS)
			types.WriteString(`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`)
		}
	}
	parts := []part{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` + types.String() + `</Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + xlsxtest.RelNS + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook ` + xlsxtest.SpreadsheetNS + ` xmlns:r="` + xlsxtest.RelNS + `"><sheets>` + wbSheets.String() + `</sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() + `</Relationships>`},
	}
	for i, s := range sheets {
		parts = append(parts, part{fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), s[1]})
	}
	return append(parts, extra...)
}

// oneSheet is a workbook of one visible sheet.
func oneSheet(sheetXML string, extra ...part) []part {
	return book([][3]string{{"Elever", sheetXML, ""}}, extra...)
}

func zipParts(t *testing.T, parts []part) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p.body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// lyingZip stores part sheet with a header that says it unpacks to 100
// bytes.
func lyingZip(t *testing.T, parts []part) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		if !strings.HasPrefix(p.name, "xl/worksheets/") {
			w, _ := zw.Create(p.name)
			w.Write([]byte(p.body))
			continue
		}
		raw := deflate(t, []byte(p.body))
		h := &zip.FileHeader{Name: p.name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE([]byte(p.body)),
			CompressedSize64: uint64(len(raw)), UncompressedSize64: 100}
		w, err := zw.CreateRaw(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(raw)
	}
	zw.Close()
	return buf.Bytes()
}

// deflate packs data as a zip entry's raw deflate stream.
func deflate(t *testing.T, data []byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("x")
	w.Write(data)
	zw.Close()
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	rc, _ := zr.File[0].OpenRaw()
	raw := new(bytes.Buffer)
	raw.ReadFrom(rc)
	return raw.Bytes()
}

// badChecksum flips a byte in the packed sheet, so its CRC fails.
func badChecksum(t *testing.T, parts []part) []byte {
	data := zipParts(t, parts)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "xl/worksheets/") {
			off, _ := f.DataOffset()
			data[off+int64(f.CompressedSize64/2)] ^= 0x01
		}
	}
	return data
}

func sst(items ...string) part {
	var b strings.Builder
	for _, it := range items {
		b.WriteString(`<si>` + it + `</si>`)
	}
	return part{"xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst ` + xlsxtest.SpreadsheetNS + ` count="` + fmt.Sprint(len(items)) + `">` + b.String() + `</sst>`}
}

// sharedRows is the header and two rows in shared strings.
func sharedRows(extraCell string) (string, part) {
	var items []string
	var rows strings.Builder
	for r, vals := range [][]string{hostileHeader, hostileRecord(1), hostileRecord(2)} {
		fmt.Fprintf(&rows, `<row r="%d">`, r+1)
		for i, v := range vals {
			fmt.Fprintf(&rows, `<c r="%s%d" t="s"><v>%d</v></c>`, xlsxread.ColumnLetter(i), r+1, len(items))
			items = append(items, `<t>`+v+`</t>`)
		}
		if r == 2 {
			rows.WriteString(extraCell)
		}
		rows.WriteString(`</row>`)
	}
	return rows.String(), sst(items...)
}

const datesStyles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ` + xlsxtest.SpreadsheetNS + `><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`

// csvText is a roster with a stray quote and ragged rows.
const csvText = "Email;FirstName;LastName;Class;School;Municipality;Role;SSOID\n" +
	"tova.1@skola.example.se;Tova;Lind \"Tösen\";1A;Norrskolan;Borås;student;100000000001\n" +
	"eskil.2@skola.example.se;Eskil;Åberg;2A;Norrskolan;Borås;student\n" +
	"aino.3@skola.example.se;Aino;Öst;3A;Norrskolan;Borås;student;100000000003;extra\n"

func utf16Bytes(s string, bigEndian bool) []byte {
	var out []byte
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	} else {
		out = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// hostileFiles is the corpus, by file name.
func hostileFiles(t *testing.T) map[string][]byte {
	files := map[string][]byte{}
	plain := oneSheet(xlsxtest.Worksheet(rosterRows(100, nil), ""))
	good := zipParts(t, plain)
	read := func(p string) []byte {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	rng := rand.New(rand.NewPCG(5, 5))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	files["random.xlsx"] = random
	files["empty.xlsx"] = nil
	files["truncated.xlsx"] = good[:len(good)/2]
	files["old.xls"] = read("testdata/import/old.xls")
	files["encrypted.xlsx"] = read("testdata/import/locked.xlsx")
	files["calc.ods"] = read("testdata/import/calc.ods")
	files["binary.xlsb"] = zipParts(t, []part{{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.bin", "\x83\x01\x00"}})
	files["binary_xlsb_named.xlsx"] = files["binary.xlsb"]
	files["not_a_workbook.xlsx"] = zipParts(t, []part{{"readme.txt", "hej"}})
	files["nul_bytes.csv"] = []byte("Email,First\x00name\n")

	// A zip bomb: a sheet of 64 MB of spaces packs to about 64 KB.
	files["zip_bomb.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(rosterRows(2, nil)+strings.Repeat(" ", 64<<20), "")))
	files["zip_bomb_lying_packed_size.xlsx"] = claimPackedSize(files["zip_bomb.xlsx"], "xl/worksheets/sheet1.xml", 1<<30)
	files["lying_header.xlsx"] = lyingZip(t, plain)
	files["bad_checksum.xlsx"] = badChecksum(t, plain)
	files["duplicate_parts.xlsx"] = zipParts(t, append(plain, part{"xl/worksheets/sheet1.xml", xlsxtest.Worksheet(rosterRows(1, nil), "")}))
	files["duplicate_parts_case.xlsx"] = zipParts(t, append(plain, part{"XL/Worksheets/Sheet1.xml", xlsxtest.Worksheet(rosterRows(1, nil), "")}))

	files["broken_entity.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(rosterRows(100, func(r int, row string) string {
		if r == 50 {
			return strings.Replace(row, "Lind", "Lind&nbsp;", 1)
		}
		return row
	}), "")))
	files["broken_tag.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(rosterRows(100, func(r int, row string) string {
		if r == 50 {
			return strings.Replace(row, "</row>", "</rad>", 1)
		}
		return row
	}), "")))
	files["broken_tail.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(rosterRows(10, nil), `<mergeCells count="1"><mergeCell ref="A2:B2"></mergeCells>`)))
	files["cut_mid_sheet.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(rosterRows(100, nil), "")[:3000]))
	rows, strs := sharedRows(`<c r="I3" t="s"><v>999</v></c>`)
	files["bad_shared_index.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(rows, ""), strs))

	files["far_cells_many.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(rosterRows(2000, func(r int, row string) string {
		return strings.Replace(row, "</row>", fmt.Sprintf(`<c r="XFD%d"><v>1</v></c></row>`, r), 1)
	}), "")))
	files["far_cell_one.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(rosterRows(5, func(r int, row string) string {
		if r == 4 {
			return strings.Replace(row, "</row>", `<c r="XFD4" t="inlineStr"><is><t>anteckning</t></is></c></row>`, 1)
		}
		return row
	}), "")))
	files["row_1048577.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(rosterRows(3, nil)+inlineRow(1048577, hostileRecord(4)...), "")))
	files["dimension_past_last_row.xlsx"] = zipParts(t, oneSheet(strings.Replace(xlsxtest.Worksheet(rosterRows(3, nil), ""),
		"<sheetData>", `<dimension ref="A1:H1048577"/><sheetData>`, 1)))
	files["huge_cell.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(rosterRows(5, func(r int, row string) string {
		if r == 3 {
			return strings.Replace(row, "Lind", strings.Repeat("Lind", 10000), 1)
		}
		return row
	}), "")))
	plainShared, plainSST := sharedRows("")
	files["huge_shared_string.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(plainShared, ""), part{plainSST.name,
		strings.Replace(plainSST.body, "<t>Eskil</t>", "<t>"+strings.Repeat("x", 40000)+"</t>", 1)}))

	files["merged.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(rosterRows(3, nil),
		`<mergeCells count="1"><mergeCell ref="E2:E4"/></mergeCells>`)))
	files["hidden_sheet.xlsx"] = zipParts(t, book([][3]string{
		{"Info", xlsxtest.Worksheet(inlineRow(1, "Läsårsplan", "2026"), ""), ""},
		{"Elever", xlsxtest.Worksheet(rosterRows(3, nil), ""), "hidden"}}))
	files["formula_cached.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(rosterRows(3, func(r int, row string) string {
		if r == 2 {
			return strings.Replace(row, `<c r="E2" t="inlineStr"><is><t>Norrskolan</t></is></c>`,
				`<c r="E2" t="str"><f>"Norr"&amp;"skolan"</f><v>Norrskolan</v></c>`, 1)
		}
		return row
	}), "")))
	files["formula_uncached.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(rosterRows(3, func(r int, row string) string {
		if r == 2 {
			return strings.Replace(row, `<c r="E2" t="inlineStr"><is><t>Norrskolan</t></is></c>`,
				`<c r="E2" t="str"><f>"Norr"&amp;"skolan"</f></c>`, 1)
		}
		return row
	}), "")))
	files["dates.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(inlineRow(1, append(hostileHeader, "Född")...)+
		strings.Replace(inlineRow(2, hostileRecord(1)...), "</row>", `<c r="I2" s="1"><v>40179</v></c></row>`, 1), ""),
		part{"xl/styles.xml", datesStyles}))
	rich, richSST := sharedRows("")
	files["rich_text.xlsx"] = zipParts(t, oneSheet(xlsxtest.Worksheet(rich, ""), part{richSST.name,
		strings.Replace(richSST.body, "<t>Tova</t>", `<r><rPr><b/></rPr><t>To</t></r><r><t>va</t></r>`, 1)}))
	strict := oneSheet(strings.Replace(xlsxtest.Worksheet(rosterRows(3, nil), ""), xlsxtest.SpreadsheetNS,
		`xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"`, 1))
	for i := range strict {
		strict[i].body = strings.ReplaceAll(strict[i].body, xlsxtest.SpreadsheetNS, `xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"`)
		strict[i].body = strings.ReplaceAll(strict[i].body, xlsxtest.RelNS, "http://purl.oclc.org/ooxml/officeDocument/relationships")
	}
	files["strict_ooxml.xlsx"] = zipParts(t, strict)

	files["csv_named.xlsx"] = []byte(csvText)
	files["xlsx_named.csv"] = good
	files["csv_utf8.csv"] = []byte(csvText)
	files["csv_utf8bom.csv"] = append([]byte{0xEF, 0xBB, 0xBF}, csvText...)
	cp, err := charmap.Windows1252.NewEncoder().String(csvText)
	if err != nil {
		t.Fatal(err)
	}
	files["csv_cp1252.csv"] = []byte(cp)
	files["csv_utf16le.csv"] = utf16Bytes(csvText, false)
	files["csv_utf16be.csv"] = utf16Bytes(csvText, true)
	files["csv_crlf_tab.csv"] = []byte(strings.ReplaceAll(strings.ReplaceAll(csvText, ";", "\t"), "\n", "\r\n"))
	files["csv_unclosed_quote.csv"] = []byte(strings.Replace(csvText, "Eskil", "\"Eskil", 1))
	return files
}

// claimPackedSize rewrites the packed size that the central directory
// states for part name.
func claimPackedSize(data []byte, name string, size uint32) []byte {
	out := bytes.Clone(data)
	for i := 0; ; i++ {
		j := bytes.Index(out[i:], []byte("PK\x01\x02"))
		if j < 0 {
			return out
		}
		i += j
		n := int(out[i+28]) | int(out[i+29])<<8
		if i+46+n <= len(out) && string(out[i+46:i+46+n]) == name {
			binary.LittleEndian.PutUint32(out[i+20:], size)
		}
	}
}
