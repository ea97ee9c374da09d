package xlsxread

import (
	"strings"
	"testing"
	"testing/iotest"
)

func TestHasFilter(t *testing.T) {
	pad := strings.Repeat(`<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>`, 3000)
	for xml, want := range map[string]bool{
		`<worksheet><sheetData>` + pad + `</sheetData><autoFilter ref="A1:G13"/></worksheet>`:            true,
		`<x:worksheet><x:sheetData>` + pad + `</x:sheetData><x:autoFilter ref="A1:G13"/></x:worksheet>`:  true,
		`<worksheet><sheetPr filterMode="1"/><sheetData>` + pad + `</sheetData></worksheet>`:             true,
		`<worksheet><sheetPr filterMode="false"/><sheetData>` + pad + `</sheetData></worksheet>`:         false,
		`<worksheet><sheetData>` + pad + `<c><is><t>&lt;autoFilter</t></is></c></sheetData></worksheet>`: false,
	} {
		// One byte at a time too: a mark split between two reads.
		if got := hasFilter(strings.NewReader(xml)); got != want {
			t.Errorf("hasFilter(…%s) = %v, want %v", xml[len(xml)-60:], got, want)
		}
		if got := hasFilter(iotest.OneByteReader(strings.NewReader(xml))); got != want {
			t.Errorf("one byte at a time: hasFilter(…%s) = %v, want %v", xml[len(xml)-60:], got, want)
		}
	}
}
