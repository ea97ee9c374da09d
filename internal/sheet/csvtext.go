package sheet

import (
	"encoding/csv"
	"strings"
)

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
		cr := newCSVReader(strings.NewReader(sample), d)
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
