package xlsxread

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// digitFormat is a number format that shows a whole number's digits
// padded and with text around them: 000000 shows 1234 as 001234, "ID-"0000
// shows 12 as ID-0012, 000 00 shows 41251 as 412 51. A school system
// that exports ids or postcodes as numbers keeps their leading zeros so:
// the cell holds 1234, and the user sees 001234, which is the id.
// Formats with anything else (a decimal point, a thousands separator, a
// percent, an exponent, a date, a condition) are not digit formats: such
// cells are read as stored.
type digitFormat struct {
	// sections are the format's positive, negative and zero sections;
	// one alone serves every number, the minus sign put before it.
	sections [][]formatPart
}

// formatPart is a digit placeholder, 0 (a digit or a zero) or # (a digit
// if there is one), or text shown as it is.
type formatPart struct {
	placeholder byte
	text        string
}

// formatColours are the colours a format section may name in brackets:
// they change how a number looks, not its text.
var formatColours = []string{"black", "blue", "cyan", "green", "magenta", "red", "white", "yellow"}

// parseDigitFormat reads a format code as a digitFormat; ok is false for
// any other format.
func parseDigitFormat(code string) (f digitFormat, ok bool) {
	var section []formatPart
	placeholders := 0
	end := func() bool {
		if placeholders == 0 {
			return false
		}
		f.sections = append(f.sections, section)
		section, placeholders = nil, 0
		return true
	}
	for i := 0; i < len(code); i++ {
		switch c := code[i]; {
		case c == '0' || c == '#':
			section = append(section, formatPart{placeholder: c})
			placeholders++
		case c == '"':
			j := strings.IndexByte(code[i+1:], '"')
			if j < 0 {
				return digitFormat{}, false
			}
			section = append(section, formatPart{text: code[i+1 : i+1+j]})
			i += 1 + j
		case c == '\\' && i+1 < len(code):
			_, size := utf8.DecodeRuneInString(code[i+1:])
			section = append(section, formatPart{text: code[i+1 : i+1+size]})
			i += size
		case c == '[':
			j := strings.IndexByte(code[i+1:], ']')
			if j < 0 || !formatColour(code[i+1:i+1+j]) {
				return digitFormat{}, false
			}
			i += 1 + j
		case strings.IndexByte(" -+/():$!^&'~{}<>=", c) >= 0:
			section = append(section, formatPart{text: code[i : i+1]})
		case c == ';':
			if len(f.sections) == 2 {
				// The fourth section is for text: a number never uses it.
				return f, end()
			}
			if !end() {
				return digitFormat{}, false
			}
		default:
			return digitFormat{}, false
		}
	}
	return f, end()
}

// formatColour says whether name, inside brackets, is a colour.
func formatColour(name string) bool {
	name = strings.ToLower(name)
	if rest, ok := strings.CutPrefix(name, "color"); ok {
		_, err := strconv.Atoi(rest)
		return err == nil
	}
	for _, c := range formatColours {
		if name == c {
			return true
		}
	}
	return false
}

// show returns what a number cell whose value is v shows in this format,
// as Excel and LibreOffice show it: the value rounded to a whole number,
// its digits filling the placeholders from the right, the leftmost one
// taking any digits left over. ok is false for a value that is not a
// number, that has 16 digits or more (roundedNumber), or that is
// negative but rounds to zero.
func (f digitFormat) show(v string) (s string, ok bool) {
	n, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(n) || math.Abs(n) >= 1e15 {
		return "", false
	}
	whole := math.Round(math.Abs(n))
	if n < 0 && whole == 0 {
		// Excel shows -0.3 as -000, LibreOffice as 000: not sure.
		return "", false
	}
	section, sign := f.sections[0], ""
	switch {
	case n < 0 && len(f.sections) > 1:
		section = f.sections[1]
	case n < 0:
		sign = "-"
	case whole == 0 && len(f.sections) > 2:
		section = f.sections[2]
	}
	digits := strconv.FormatFloat(whole, 'f', 0, 64)
	if whole == 0 {
		digits = ""
	}
	leftmost := 0
	for leftmost < len(section) && section[leftmost].placeholder == 0 {
		leftmost++
	}
	out := make([]string, len(section))
	for i := len(section) - 1; i >= 0; i-- {
		p := section[i]
		switch {
		case p.placeholder == 0:
			out[i] = p.text
		case i == leftmost && digits != "":
			out[i], digits = digits, ""
		case digits != "":
			out[i], digits = digits[len(digits)-1:], digits[:len(digits)-1]
		case p.placeholder == '0':
			out[i] = "0"
		}
	}
	return sign + strings.Join(out, ""), true
}
