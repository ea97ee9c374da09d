package sheet

import (
	"bytes"
	"encoding/csv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decodeText turns file bytes into UTF-8 and names their encoding.
func decodeText(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return string(data[len(bomUTF8):]), "UTF-8 with BOM", nil
	case bytes.HasPrefix(data, bomUTF16LE):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		return string(out), "UTF-16LE", err
	case bytes.HasPrefix(data, bomUTF16BE):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		return string(out), "UTF-16BE", err
	case utf8.Valid(data):
		return string(data), "UTF-8", nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	return string(out), "Windows-1252", err
}

// delimiterSampleLines is how many lines the delimiter is guessed from.
const delimiterSampleLines = 30

// detectDelimiter picks the separator that splits the first lines most
// consistently: the one with the most records of the same field count
// (two or more), and on a tie the larger count, then the order ; , tab.
// The records are read as csv, so a separator inside quotes is no
// separator.
func detectDelimiter(text string) rune {
	best, bestLines, bestFields := ',', 0, 0
	sample := firstLines(text, delimiterSampleLines)
	for _, d := range []rune{';', ',', '\t'} {
		counts := map[int]int{}
		cr := newCSVReader(sample, d)
		for {
			rec, err := cr.Read()
			if err != nil {
				if _, ok := err.(*csv.ParseError); ok {
					continue
				}
				break
			}
			if len(rec) >= 2 {
				counts[len(rec)]++
			}
		}
		for fields, lines := range counts {
			if lines > bestLines || (lines == bestLines && fields > bestFields) {
				best, bestLines, bestFields = d, lines, fields
			}
		}
	}
	return best
}

// firstLines returns the first n lines of text.
func firstLines(text string, n int) string {
	end := 0
	for range n {
		j := strings.IndexByte(text[end:], '\n')
		if j < 0 {
			return text
		}
		end += j + 1
	}
	return text[:end]
}
