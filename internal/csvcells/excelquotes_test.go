package csvcells

import (
	"io"
	"strings"
	"testing"
)

// readAll reads csv text separated by semicolons into its records, each
// as [a|b].
func readAll(t *testing.T, raw string) string {
	t.Helper()
	cr := NewReader(strings.NewReader(raw), ';')
	var got []string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%q: %v", raw, err)
		}
		got = append(got, "["+strings.Join(rec, "|")+"]")
	}
	return strings.Join(got, " ")
}

// Text after a closing quote belongs to its cell, as Excel reads it; a
// quote inside a plain cell is text.
func TestNewReader(t *testing.T) {
	for raw, want := range map[string]string{
		"\"Nan\" Anna;Berg\nB;C\n": "[Nan Anna|Berg] [B|C]",
		"a;b\"c;d\n":               "[a|b\"c|d]",
		"\"a;b\"\"\";c\n":          "[a;b\"|c]",
	} {
		if got := readAll(t, raw); got != want {
			t.Errorf("%q: read %q, want %q", raw, got, want)
		}
	}
}

// Rewritten text is handed out in pieces as small as the reader asks.
func TestExcelQuotesSmallReads(t *testing.T) {
	q := newExcelQuotes(strings.NewReader("\"Nan\" Anna;\"x\"\r\n"), ';')
	var out []byte
	buf := make([]byte, 1)
	for {
		n, err := q.Read(buf)
		out = append(out, buf[:n]...)
		if err == io.EOF {
			break
		}
	}
	if want := "\"Nan Anna\";\"x\"\r\n"; string(out) != want {
		t.Errorf("read %q, want %q", out, want)
	}
}

// A quote never closed is reported once the text is read.
func TestOpenQuote(t *testing.T) {
	for raw, open := range map[string]bool{"a;\"b\nc;d\n": true, "a;\"b\"\nc;d\n": false, "a;\"b\" c": false, "\"x": true} {
		r := NewReader(strings.NewReader(raw), ';')
		for {
			if _, err := r.Read(); err != nil {
				break
			}
		}
		if r.OpenQuote() != open {
			t.Errorf("%q: open quote %v", raw, r.OpenQuote())
		}
	}
}
