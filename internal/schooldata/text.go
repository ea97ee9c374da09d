package schooldata

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decodeText returns a text file's bytes as UTF-8: UTF-16 by its
// byte-order mark, UTF-8 with or without one, and anything else that is
// not UTF-8 as Windows-1252, as Excel saves a CSV file in Sweden and
// Finland.
func decodeText(data []byte) []byte {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		if out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data); err == nil {
			return out
		}
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		if out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data); err == nil {
			return out
		}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return data
	}
	if out, err := charmap.Windows1252.NewDecoder().Bytes(data); err == nil {
		return out
	}
	return data
}

// delimiter returns the separator of a CSV file from its first line: a
// semicolon or a tab where it has more of them than commas (Excel's
// "CSV (semikolonavgränsad)").
func delimiter(data []byte) rune {
	line := string(data)
	if i := strings.IndexAny(line, "\r\n"); i >= 0 {
		line = line[:i]
	}
	best, n := ',', strings.Count(line, ",")
	for _, d := range []rune{';', '\t'} {
		if c := strings.Count(line, string(d)); c > n {
			best, n = d, c
		}
	}
	return best
}
