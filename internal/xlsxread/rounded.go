package xlsxread

import (
	"math"
	"strconv"
	"strings"
)

// roundedNumber gives a number cell's value v as Excel shows a number it
// has rounded, in exponent form with Excel's 15 significant digits
// (1.23456789012346E+19), when v is a number of 16 digits or more before
// the point. Excel keeps 15 digits of a number: an id typed into a number
// cell keeps its first 15 digits and the rest become zeros, and one that
// a program wrote is rounded when Excel opens the file. Either way the
// digits are not the id, so they must not read as one: the exponent form
// is what the check warns of (number_rounded). A smaller number written
// with more than 15 significant digits, as Gnumeric writes 7.1
// (7.09999999999999999991), is given with 15, as Excel shows it (7.1).
// It says whether it changed v.
func roundedNumber(v string) (string, bool) {
	f, err := strconv.ParseFloat(v, 64)
	switch {
	case err != nil:
		return v, false
	case math.Abs(f) >= 1e15:
		return strings.ToUpper(strconv.FormatFloat(f, 'G', 15, 64)), true
	case significantDigits(v) > 15:
		return strings.ToUpper(strconv.FormatFloat(f, 'G', 15, 64)), true
	}
	return v, false
}

// significantDigits counts the digits of a number written out, as
// 0.0012300 (3) or 1.5E+3 (2): those of its mantissa, but the zeros
// before the first other digit and those at the end of a fraction.
func significantDigits(v string) int {
	if i := strings.IndexAny(v, "Ee"); i >= 0 {
		v = v[:i]
	}
	if strings.IndexByte(v, '.') >= 0 {
		v = strings.TrimRight(v, "0")
	}
	n, leading := 0, true
	for i := range len(v) {
		switch c := v[i]; {
		case c == '0' && leading:
		case '0' <= c && c <= '9':
			n++
			leading = false
		}
	}
	return n
}

// roundedCell is roundedNumber for a number cell's value v, at little
// cost for the many values that are short and not in exponent form.
// LibreOffice writes 1.23456789012346E+019, with three exponent digits.
func roundedCell(v string) (string, bool) {
	if len(v) < 16 && !strings.ContainsAny(v, "Ee") {
		return v, false
	}
	return roundedNumber(v)
}
