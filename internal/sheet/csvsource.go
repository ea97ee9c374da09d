package sheet

import (
	"bufio"
	"bytes"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"rosterdesk/internal/xlsxread"
)

// csvHeadSize is how much of a csv file its encoding, line ends and
// delimiter are told from.
const csvHeadSize = 64 << 10

// csvSource is a csv file's bytes and how they become text. The file is
// read twice, as a stream each time: once to check it (scanCSV), once to
// build the rows; it is never held whole.
type csvSource struct {
	r io.ReadSeeker
	// start is where the text begins, after any byte order mark.
	start int64
	// utf16 decodes a UTF-16 file; nil for a file of single bytes,
	// UTF-8, Windows-1252 or Mac Roman.
	utf16 encoding.Encoding
	// encoding names the text's encoding, once it is known.
	encoding string
	// crOnly is a file whose lines end in a lone CR (old Mac Excel): each
	// CR is read as a line end.
	crOnly bool
	// head is the start of the text (as single bytes, or decoded from
	// UTF-16), with CRs as line ends when crOnly.
	head string
}

// newCSVSource tells a csv file's encoding and line ends from its start.
func newCSVSource(r io.ReadSeeker) (*csvSource, error) {
	raw := make([]byte, csvHeadSize)
	n, err := io.ReadFull(r, raw)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, err
	}
	raw = raw[:n]
	s := &csvSource{r: r}
	switch {
	case bytes.HasPrefix(raw, bomUTF8):
		s.start, s.encoding = 3, "UTF-8 with BOM"
	case bytes.HasPrefix(raw, bomUTF16LE):
		s.start, s.utf16, s.encoding = 2, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "UTF-16LE"
	case bytes.HasPrefix(raw, bomUTF16BE):
		s.start, s.utf16, s.encoding = 2, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "UTF-16BE"
	default:
		if e, name, ok := utf16WithoutBOM(raw); ok {
			s.utf16, s.encoding = e, name
		}
	}
	head := raw[s.start:]
	if s.utf16 != nil {
		head, _, _ = transform.Bytes(s.utf16.NewDecoder(), head[:len(head)&^1])
	}
	s.crOnly = bytes.IndexByte(head, '\r') >= 0 && bytes.IndexByte(head, '\n') < 0
	if s.crOnly {
		head = bytes.ReplaceAll(head, []byte{'\r'}, []byte{'\n'})
	}
	s.head = string(head)
	return s, nil
}

// open returns the file's text from its start, decoded by decode (nil:
// the bytes as they are) after any UTF-16 decoding, and with CRs as line
// ends when crOnly. At most xlsxread.MaxFileSize bytes are read.
func (s *csvSource) open(decode encoding.Encoding) (io.Reader, error) {
	if _, err := s.r.Seek(s.start, io.SeekStart); err != nil {
		return nil, err
	}
	var text io.Reader = io.LimitReader(s.r, xlsxread.MaxFileSize)
	if s.utf16 != nil {
		text = transform.NewReader(text, s.utf16.NewDecoder())
	}
	if decode != nil {
		text = transform.NewReader(text, decode.NewDecoder())
	}
	if s.crOnly {
		text = crToLF{text}
	}
	return bufio.NewReaderSize(text, 64<<10), nil
}

// decoder is how the second reading decodes single bytes: Windows-1252
// (or Mac Roman) when the first found bytes that are no UTF-8 (and none
// that are).
func (s *csvSource) decoder() encoding.Encoding {
	switch s.encoding {
	case "Windows-1252":
		return charmap.Windows1252
	case encodingMacRoman:
		return charmap.Macintosh
	}
	return nil
}

// crToLF reads CRs as LFs.
type crToLF struct{ r io.Reader }

func (c crToLF) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}

// utf16WithoutBOM recognises UTF-16 text without a byte order mark, as
// some exports write it: most characters of a roster are below U+0100,
// so every other byte is zero, the odd ones in little-endian order, the
// even ones in big-endian; and the start decodes to text without
// control characters (but NUL, which ReadCSV refuses on its line).
func utf16WithoutBOM(head []byte) (encoding.Encoding, string, bool) {
	n := len(head) &^ 1
	if n < 8 {
		return nil, "", false
	}
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if head[i] == 0 {
			zeroEven++
		}
		if head[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	var e encoding.Encoding
	var name string
	switch {
	case zeroOdd*10 >= pairs*4 && zeroEven*20 <= pairs:
		e, name = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "UTF-16LE"
	case zeroEven*10 >= pairs*4 && zeroOdd*20 <= pairs:
		e, name = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "UTF-16BE"
	default:
		return nil, "", false
	}
	text, _, err := transform.Bytes(e.NewDecoder(), head[:n])
	if err != nil {
		return nil, "", false
	}
	// The last character may be cut in two by the head's end.
	if _, size := utf8.DecodeLastRune(text); size > 0 {
		text = text[:len(text)-size]
	}
	for _, r := range string(text) {
		if r == utf8.RuneError || (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != 0) {
			return nil, "", false
		}
	}
	return e, name, true
}
