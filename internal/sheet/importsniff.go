package sheet

import (
	"bytes"
	"unicode/utf8"

	"rosterdesk/internal/xlsxread"
)

// fileKind is what the first bytes of a file say it is.
type fileKind int

const (
	kindEmpty fileKind = iota
	kindZip
	kindOLE
	kindText
	kindBinary
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// sniff tells a file's kind from its first bytes (sniffSize of them).
func sniff(head []byte) fileKind {
	switch {
	case len(head) == 0:
		return kindEmpty
	case xlsxread.IsZip(head):
		return kindZip
	case xlsxread.IsOLE(head):
		return kindOLE
	case bytes.HasPrefix(head, bomUTF16LE), bytes.HasPrefix(head, bomUTF16BE):
		return kindText
	case bytes.IndexByte(head, 0) >= 0:
		// UTF-16 without a byte order mark, or text with a few NUL bytes
		// (which ReadCSV refuses, saying where).
		if _, _, ok := utf16WithoutBOM(head); ok || fewNULs(head) && looksLikeText(bytes.ReplaceAll(head, []byte{0}, nil)) {
			return kindText
		}
		return kindBinary
	}
	if looksLikeText(head) {
		return kindText
	}
	return kindBinary
}

func looksLikeText(head []byte) bool {
	return utf8.Valid(xlsxread.TrimPartialRune(head)) || looksLikeWindows1252(head) || looksLikeMacRoman(head)
}

// fewNULs reports whether at most a quarter of the bytes are NUL, as in
// text with stray NUL bytes; a file mostly of zeros is no text.
func fewNULs(head []byte) bool {
	return bytes.Count(head, []byte{0})*4 <= len(head)
}

// err is why a file of a kind that is not read cannot be read. For an
// OLE2 file it looks at the bytes given: the whole file is best.
func (k fileKind) err(data []byte) error {
	switch k {
	case kindEmpty:
		return ErrEmpty
	case kindOLE:
		return xlsxread.OLEError(data)
	}
	return ErrNotSpreadsheet
}

// looksLikeWindows1252 accepts text whose bytes are printable in
// Windows-1252: no control characters but tab and line ends, none of its
// five unused bytes.
func looksLikeWindows1252(b []byte) bool {
	for _, c := range b {
		switch {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
			return false
		case c == 0x7F, c == 0x81, c == 0x8D, c == 0x8F, c == 0x90, c == 0x9D:
			return false
		}
	}
	return true
}
