package xlsxread

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rosterdesk/internal/i18n"
)

// xmlParts returns the XML parts of every workbook fixture and corpus
// file.
func xmlParts(t *testing.T) map[string][]byte {
	parts := map[string][]byte{}
	var files []string
	for _, g := range []string{"../sheet/testdata/import/*.xlsx", "../sheet/testdata/export/*.xlsx", "../sheet/testdata/hostile/*.xlsx",
		"../../cmd/roster/testdata/producers/*.xlsx"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			continue
		}
		for _, f := range zr.File {
			if !strings.HasSuffix(f.Name, ".xml") && !strings.HasSuffix(f.Name, ".rels") || f.UncompressedSize64 > 1<<20 {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				continue
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err == nil {
				parts[name+":"+f.Name] = b
			}
		}
	}
	return parts
}

// scanAgrees fails unless the byte scanner and encoding/xml accept or
// reject part alike (or the scanner leaves it to encoding/xml).
func scanAgrees(t *testing.T, name string, part []byte) {
	t.Helper()
	fast := &partCheck{sst: sstRef{index: -1}}
	ferr := fast.scan(bytes.NewReader(part))
	if ferr == errSlowPath {
		return
	}
	slow := &partCheck{}
	serr := slow.decode(bytes.NewReader(part))
	if (ferr == nil) != (serr == nil) {
		detail := serr
		if de, ok := errors.AsType[*i18n.Error](serr); ok && de.Detail != nil {
			detail = de.Detail
		}
		t.Fatalf("%s: scanner %v, encoding/xml %v (%v)\n%q", name, ferr, serr, detail, part)
	}
	if ferr == nil && (fast.items != slow.items || fast.sst != slow.sst || fast.row != slow.row) {
		t.Fatalf("%s: scanner read %d items, %+v, row %d; encoding/xml %d, %+v, row %d",
			name, fast.items, fast.sst, fast.row, slow.items, slow.sst, slow.row)
	}
}

// The byte scanner that checks parts before excelize reads them rejects
// what encoding/xml rejects, and nothing else, on every part of every
// fixture and on mutants of them.
func TestPartScannerAgreesWithEncodingXML(t *testing.T) {
	parts := xmlParts(t)
	if len(parts) < 50 {
		t.Fatalf("only %d parts", len(parts))
	}
	rng := rand.New(rand.NewPCG(7, 11))
	inserts := []string{"<", ">", "&", ";", "&amp;", "&nbsp;", "&#0;", "&#x41;", `"`, "'", "/", "</x>", "<x>", "<!--", "-->",
		"--", "<![CDATA[", "]]>", "\x00", "\xff", "é", "\r", " ", "=", "<?pi x?>", "<!DOCTYPE x>", "\uFFFE"}
	mutants := 0
	for name, part := range parts {
		scanAgrees(t, name, part)
		for range 40 {
			m := bytes.Clone(part)
			i := rng.IntN(len(m) + 1)
			switch rng.IntN(3) {
			case 0:
				ins := inserts[rng.IntN(len(inserts))]
				m = append(m[:i], append([]byte(ins), m[i:]...)...)
			case 1:
				if i < len(m) {
					m = append(m[:i], m[min(len(m), i+1+rng.IntN(8)):]...)
				}
			case 2:
				m = m[:i]
			}
			scanAgrees(t, name+" mutant", m)
			mutants++
		}
	}
	t.Logf("%d parts, %d mutants", len(parts), mutants)
}

func FuzzPartScanner(f *testing.F) {
	f.Add([]byte(`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`))
	f.Add([]byte(`<?xml version="1.0"?><sst><si><t>a&amp;b</t></si><!-- x --><si><r><t><![CDATA[c]]></t></r></si></sst>`))
	f.Fuzz(func(t *testing.T, part []byte) {
		scanAgrees(t, "fuzz", part)
	})
}

// Text longer than the scanner's buffer is read in pieces: a character,
// a reference or a "]]>" cut between two pieces is still seen whole.
func TestPartScannerAcrossBuffers(t *testing.T) {
	const head = "<worksheet><x>"
	for _, seq := range []string{"é", "😀", "&amp;", "&#x41;", "&nope;", "]]>", "\xff", "&#0;"} {
		for shift := -6; shift <= 6; shift++ {
			at := 256<<10 - len(head) + shift
			text := strings.Repeat("a", at) + seq + strings.Repeat("b", 1000)
			scanAgrees(t, fmt.Sprintf("%q at %d", seq, shift), []byte(head+text+"</x></worksheet>"))
		}
	}
	// A reference that never ends is refused, not gathered forever.
	long := []byte(head + "&" + strings.Repeat("a", 3<<20) + "</x></worksheet>")
	if err := (&partCheck{}).scan(bytes.NewReader(long)); err == nil {
		t.Error("a reference of 3 MB was accepted")
	}
}
