package xlsxread

import (
	"bytes"
	"fmt"
	"math/bits"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

// tagByTag is a sheet's cells with a space before each cell's end tag:
// the same cells, which the scanner reads tag by tag.
func tagByTag(sheet string) string {
	return strings.ReplaceAll(sheet, "</c>", " </c>")
}

func TestPlainCellsReadAsTagByTag(t *testing.T) {
	cells := []string{
		`<c r="A1" t="s"><v>1</v></c>`, `<c r="B1" t="s"><v></v></c>`, `<c r="C1" t="s"><v>99</v></c>`,
		`<c r="D1" t="s"><v>+1</v></c>`, `<c r="E1"><v>1.23456789012E+11</v></c>`, `<c r="F1"><v>12345678901234567</v></c>`,
		`<c r="G1" t="str"><v>a &amp; b</v></c>`, `<c r="H1" t="str"><v>a` + "\r" + `b</v></c>`,
		`<c r="I1" t="inlineStr"><is><t>Tova Lind</t></is></c>`, `<c r="J1" t="inlineStr"><is><t></t></is></c>`,
		`<c r="K1" t="inlineStr"><is><t>_x000D_</t></is></c>`, `<c r="L1" t="inlineStr"><is><t>Å &lt; ö</t></is></c>`,
		`<c r="M1" t="inlineStr"><is><t>` + "\uFFFE" + `</t></is></c>`, `<c r="N1" t="inlineStr"><is><t>x</t></is><v>1</v></c>`,
		`<c r="O1" t="inlineStr"><v>7</v></c>`, `<c r="P1" t="s"><is><t>x</t></is></c>`, `<c r="Q1" t="n"><v>42</v></c>`,
		`<c r="R1" t="inlineStr"><is><t>a</t></is></row>`, `<c r="S1" t="d"><v>2024-05-01T00:00:00</v></c>`,
		`<c r="T1" t="inlineStr"><is><t xml:space="preserve"> Ella </t></is></c>`, `<c r="U1" t="e"><v>#N/A</v></c>`,
	}
	sheets := map[string]string{}
	for _, c := range cells {
		sheets[c] = xlsxtest.Worksheet(`<row r="1">`+c+`</row>`+xlsxtest.InlineRow(2, "Tova"), "")
	}
	for seed := range uint64(6) {
		sheets[fmt.Sprint("generated ", seed)] = xlsxtest.GenSheetXML(seed, 300)
	}
	plain := 0
	for name, sheet := range sheets {
		want, wwhere, werr := scanWith([]byte(tagByTag(sheet)), 0, scanSheetGuarded)
		got, gwhere, gerr := scanWith([]byte(sheet), 0, scanSheetGuarded)
		if !reflect.DeepEqual(got, want) || fmt.Sprint(gerr) != fmt.Sprint(werr) || gwhere != wwhere {
			t.Errorf("%s: %v, %v at %v; tag by tag %v, %v at %v", name, got, gerr, gwhere, want, werr, wwhere)
		}
		if gerr == nil {
			plain++
		}
	}
	if plain < len(sheets)/2 {
		t.Errorf("only %d of %d sheets read", plain, len(sheets))
	}
}

// TestCellTagAsTag holds cellTag to tag: on every start tag it takes, it
// gives the same name, attributes, place after the tag and closedness; it
// takes the tags that writers write; and it leaves to tag whatever tag
// would read otherwise or decline (entities, other quotes, other names,
// more white space, a tag cut short). It fails if cellTag takes a value
// with an entity, a tag that is not c, or drops an attribute.
func TestCellTagAsTag(t *testing.T) {
	taken := []string{
		`<c r="A1" t="s">`, `<c r="B12" s="1" t="inlineStr">`, `<c>`, `<c/>`, `<c r="C3"/>`, ` <c r="D4">`,
		"\n\t<c r=\"E5\" t=\"n\">", `<c r="" t="s">`, `<c s="0" t="str">`, `<c t="inlineStr" s="1" r="Z9">`, `<c r="A1"><v>`,
	}
	left := []string{
		`<c r="A1" t="a&amp;b">`, `<c r='A1'>`, `<c  r="A1">`, `<c r ="A1">`, `<c r="A1" >`, `<c x="1">`,
		`<c rr="1">`, `<c r="A1" r="B1">`, `<c t="s" s="1" t="n">`, `<c s="1" s="2">`, `<col r="A1">`, `<cc>`, `<v>`, `</c>`, `</row>`, `<c r="A-1">`, `<c r="Å1">`,
		`<c r="A1"`, `<c r="A1`, `<c r=`, `<c`, `<c t="s"/ >`, `<c r="a<b">`, "<c r=\"A\x001\">",
	}
	for _, in := range append(taken, left...) {
		var ft, tt xmlTag
		fx, tx := &xmlScanner{s: []byte(in)}, &xmlScanner{s: []byte(in)}
		ok := fx.cellTag(&ft)
		err := tx.tag(&tt)
		wantTaken := slices.Contains(taken, in)
		switch {
		case ok != wantTaken:
			t.Errorf("cellTag(%q) = %v, want %v", in, ok, wantTaken)
		case !ok:
		case err != nil:
			t.Errorf("cellTag took %q, which tag declines: %v", in, err)
		case ft.name != tt.name || ft.end != tt.end || ft.closed != tt.closed || fx.p != tx.p ||
			bits.OnesCount8(ft.present) != len(tt.attrs):
			t.Errorf("cellTag(%q) = %+v at %d, tag %+v at %d", in, ft, fx.p, tt, tx.p)
		default:
			for _, name := range []string{"r", "s", "t", "x", "c"} {
				fv, fok := ft.attrBytes(name)
				tv, tok := tt.attrBytes(name)
				if fok != tok || !bytes.Equal(fv, tv) {
					t.Errorf("cellTag(%q): %s=%q %v, tag %q %v", in, name, fv, fok, tv, tok)
				}
			}
		}
	}
}

// TestCellNumbersWithoutStrings holds atoi to strconv.Atoi and refColumn
// to refColumnStrconv, on what a cell's reference or a shared string's
// index may be: it fails if either takes a sign, a space, a letter or a
// number too long for nine digits otherwise.
func TestCellNumbersWithoutStrings(t *testing.T) {
	for _, s := range []string{
		"", "0", "7", "007", "123456789", "1234567890", "99999999999999999999", "+1", "-1", " 1", "1 ", "1a", "١",
		"A1", "B12", "XFD1048576", "XFE1", "A1048577", "A0", "A01", "A+1", "a1", "1A", "A", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAA1", "Z9x",
	} {
		if err := cellNumbersAgree(s); err != nil {
			t.Error(err)
		}
	}
}

func FuzzCellNumbers(f *testing.F) {
	for _, s := range []string{"0", "12", "+1", "A1", "XFD1048576", "A01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if err := cellNumbersAgree(s); err != nil {
			t.Fatal(err)
		}
	})
}

// cellNumbersAgree says where atoi and refColumn read s otherwise than
// their references do.
func cellNumbersAgree(s string) error {
	gi, gerr := atoi([]byte(s))
	wi, werr := strconv.Atoi(s)
	if gi != wi || (gerr == nil) != (werr == nil) {
		return fmt.Errorf("atoi(%q) = %d, %v; strconv %d, %v", s, gi, gerr, wi, werr)
	}
	gc, gr, gok := refColumn([]byte(s))
	wc, wr, wok := refColumnStrconv(s)
	if gc != wc || gr != wr || gok != wok {
		return fmt.Errorf("refColumn(%q) = %d, %d, %v; refColumnStrconv %d, %d, %v", s, gc, gr, gok, wc, wr, wok)
	}
	return nil
}

// refColumnStrconv is refColumn as first written, of a string, with
// strconv.Atoi: the reference for the reader's own.
func refColumnStrconv(ref string) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		i++
	}
	if i == 0 || col > 16384 || i == len(ref) || ref[i] == '0' {
		return 0, 0, false
	}
	n, err := strconv.Atoi(ref[i:])
	if err != nil || n < 1 || n > maxSheetRow || ref[i] == '+' {
		return 0, 0, false
	}
	return col, n, true
}

// TestPlainTextOnePass holds plainText to its definition, on the texts
// a cell may hold between <t> and </t>: it fails if the one pass lets an
// entity, a carriage return or bad UTF-8 through, or misses an
// underscore.
func TestPlainTextOnePass(t *testing.T) {
	for _, text := range []string{
		"", "Tova", "Åsa Öberg", "a&amp;b", "a\rb", "a\tb\nc", "a\x00b", "a\x7fb", "_x000D_", "a_b", "\xff", "\xc3",
		"\uFFFE", "\uFFFF", "\u00a0", "a<b", "a>b", "'\"", strings.Repeat("x", 100) + "ö",
	} {
		for _, tail := range []string{"</t></is></c>", "</t></is>", "</t>"} {
			x := &xmlScanner{s: []byte("<is><t>" + text + tail + "<row>")}
			got, next, underscore, ok := x.plainText(plainIS, plainISEnd)
			raw := []byte(text + tail)
			n := bytes.IndexByte(raw, '<')
			want := n >= 0 && bytes.HasPrefix(raw[n:], plainISEnd) && !bytes.Contains(raw[:n], []byte("&")) &&
				validXMLText(raw[:n], declineCR)
			if ok != want {
				t.Errorf("plainText(%q) ok %v, want %v", text+tail, ok, want)
				continue
			}
			if ok && (string(got) != string(raw[:n]) || next != len("<is><t>")+n+len(plainISEnd) ||
				underscore != strings.Contains(string(got), "_")) {
				t.Errorf("plainText(%q) = %q, %d, %v", text+tail, got, next, underscore)
			}
		}
	}
}

// TestCountSheetData holds countSheetData to bytes.Count: it fails if an
// occurrence at either end of the part, or beside another, is missed.
func TestCountSheetData(t *testing.T) {
	for _, s := range []string{
		"", "D", "sheetData", "heetData", "sheetDat", "xsheetDatax", "sheetDatasheetData", "DsheetDataD", "sheetDsheetData",
		"<sheetData><row><c><v>D</v></c></row></sheetData>", "<sheetData/></sheetData>sheetData", "sheetData sheetData sheetData",
		strings.Repeat("sheetD", 7) + "ata",
	} {
		if got, want := countSheetData([]byte(s)), bytes.Count([]byte(s), []byte("sheetData")); got != want {
			t.Errorf("countSheetData(%q) = %d, want %d", s, got, want)
		}
	}
}
