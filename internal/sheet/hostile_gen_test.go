package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"

	"rosterdesk/internal/xlsxread"
	"rosterdesk/internal/xlsxread/xlsxtest"
)

// lyingZip stores part sheet with a header that says it unpacks to 100
// bytes.
func lyingZip(t *testing.T, parts []xlsxtest.Part) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		if !strings.HasPrefix(p.Name, "xl/worksheets/") {
			w, _ := zw.Create(p.Name)
			w.Write([]byte(p.Body))
			continue
		}
		raw := deflate(t, []byte(p.Body))
		h := &zip.FileHeader{Name: p.Name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE([]byte(p.Body)),
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
func badChecksum(t *testing.T, parts []xlsxtest.Part) []byte {
	data := xlsxtest.Zip(t, parts)
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

// sharedRows is the header and two rows in shared strings.
func sharedRows(extraCell string) (string, xlsxtest.Part) {
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
	return rows.String(), xlsxtest.SST(items...)
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
	plain := xlsxtest.OneSheet(xlsxtest.Worksheet(rosterRows(100, nil), ""))
	good := xlsxtest.Zip(t, plain)
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
	files["binary.xlsb"] = xlsxtest.Zip(t, []xlsxtest.Part{{Name: "[Content_Types].xml", Body: "<Types/>"}, {Name: "xl/workbook.bin", Body: "\x83\x01\x00"}})
	files["binary_xlsb_named.xlsx"] = files["binary.xlsb"]
	files["not_a_workbook.xlsx"] = xlsxtest.Zip(t, []xlsxtest.Part{{Name: "readme.txt", Body: "hej"}})
	files["nul_bytes.csv"] = []byte("Email,First\x00name\n")

	// A zip bomb: a sheet of 64 MB of spaces packs to about 64 KB.
	files["zip_bomb.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rosterRows(2, nil)+strings.Repeat(" ", 64<<20), "")))
	files["zip_bomb_lying_packed_size.xlsx"] = claimPackedSize(files["zip_bomb.xlsx"], "xl/worksheets/sheet1.xml", 1<<30)
	files["lying_header.xlsx"] = lyingZip(t, plain)
	files["bad_checksum.xlsx"] = badChecksum(t, plain)
	files["duplicate_parts.xlsx"] = xlsxtest.Zip(t, append(plain, xlsxtest.Part{Name: "xl/worksheets/sheet1.xml", Body: xlsxtest.Worksheet(rosterRows(1, nil), "")}))
	files["duplicate_parts_case.xlsx"] = xlsxtest.Zip(t, append(plain, xlsxtest.Part{Name: "XL/Worksheets/Sheet1.xml", Body: xlsxtest.Worksheet(rosterRows(1, nil), "")}))

	files["broken_entity.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rosterRows(100, func(r int, row string) string {
		if r == 50 {
			return strings.Replace(row, "Lind", "Lind&nbsp;", 1)
		}
		return row
	}), "")))
	files["broken_tag.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rosterRows(100, func(r int, row string) string {
		if r == 50 {
			return strings.Replace(row, "</row>", "</rad>", 1)
		}
		return row
	}), "")))
	files["broken_tail.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rosterRows(10, nil), `<mergeCells count="1"><mergeCell ref="A2:B2"></mergeCells>`)))
	files["cut_mid_sheet.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rosterRows(100, nil), "")[:3000]))
	rows, strs := sharedRows(`<c r="I3" t="s"><v>999</v></c>`)
	files["bad_shared_index.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rows, ""), strs))

	files["far_cells_many.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rosterRows(2000, func(r int, row string) string {
		return strings.Replace(row, "</row>", fmt.Sprintf(`<c r="XFD%d"><v>1</v></c></row>`, r), 1)
	}), "")))
	files["far_cell_one.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rosterRows(5, func(r int, row string) string {
		if r == 4 {
			return strings.Replace(row, "</row>", `<c r="XFD4" t="inlineStr"><is><t>anteckning</t></is></c></row>`, 1)
		}
		return row
	}), "")))
	files["row_1048577.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rosterRows(3, nil)+xlsxtest.InlineRow(1048577, hostileRecord(4)...), "")))
	files["dimension_past_last_row.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(strings.Replace(xlsxtest.Worksheet(rosterRows(3, nil), ""),
		"<sheetData>", `<dimension ref="A1:H1048577"/><sheetData>`, 1)))
	files["huge_cell.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rosterRows(5, func(r int, row string) string {
		if r == 3 {
			return strings.Replace(row, "Lind", strings.Repeat("Lind", 10000), 1)
		}
		return row
	}), "")))
	plainShared, plainSST := sharedRows("")
	files["huge_shared_string.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(plainShared, ""), xlsxtest.Part{Name: plainSST.Name, Body: strings.Replace(plainSST.Body, "<t>Eskil</t>", "<t>"+strings.Repeat("x", 40000)+"</t>", 1)}))

	files["merged.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rosterRows(3, nil),
		`<mergeCells count="1"><mergeCell ref="E2:E4"/></mergeCells>`)))
	files["hidden_sheet.xlsx"] = xlsxtest.Zip(t, xlsxtest.Book([][3]string{
		{"Info", xlsxtest.Worksheet(xlsxtest.InlineRow(1, "Läsårsplan", "2026"), ""), ""},
		{"Elever", xlsxtest.Worksheet(rosterRows(3, nil), ""), "hidden"}}))
	files["formula_cached.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rosterRows(3, func(r int, row string) string {
		if r == 2 {
			return strings.Replace(row, `<c r="E2" t="inlineStr"><is><t>Norrskolan</t></is></c>`,
				`<c r="E2" t="str"><f>"Norr"&amp;"skolan"</f><v>Norrskolan</v></c>`, 1)
		}
		return row
	}), "")))
	files["formula_uncached.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rosterRows(3, func(r int, row string) string {
		if r == 2 {
			return strings.Replace(row, `<c r="E2" t="inlineStr"><is><t>Norrskolan</t></is></c>`,
				`<c r="E2" t="str"><f>"Norr"&amp;"skolan"</f></c>`, 1)
		}
		return row
	}), "")))
	files["dates.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(xlsxtest.InlineRow(1, append(hostileHeader, "Född")...)+
		strings.Replace(xlsxtest.InlineRow(2, hostileRecord(1)...), "</row>", `<c r="I2" s="1"><v>40179</v></c></row>`, 1), ""),
		xlsxtest.Part{Name: "xl/styles.xml", Body: datesStyles}))
	rich, richSST := sharedRows("")
	files["rich_text.xlsx"] = xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rich, ""), xlsxtest.Part{Name: richSST.Name, Body: strings.Replace(richSST.Body, "<t>Tova</t>", `<r><rPr><b/></rPr><t>To</t></r><r><t>va</t></r>`, 1)}))
	strict := xlsxtest.OneSheet(strings.Replace(xlsxtest.Worksheet(rosterRows(3, nil), ""), xlsxtest.SpreadsheetNS,
		`xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"`, 1))
	for i := range strict {
		strict[i].Body = strings.ReplaceAll(strict[i].Body, xlsxtest.SpreadsheetNS, `xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"`)
		strict[i].Body = strings.ReplaceAll(strict[i].Body, xlsxtest.RelNS, "http://purl.oclc.org/ooxml/officeDocument/relationships")
	}
	files["strict_ooxml.xlsx"] = xlsxtest.Zip(t, strict)

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
