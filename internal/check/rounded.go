package check

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// roundedProblems warns of each field of the row that holds a number as
// a spreadsheet shows a large one, in exponent form: 1.23456789012346E+19,
// or 1,23E+11 in a csv saved from a Swedish or Finnish Excel. Excel
// keeps 15 significant digits of a number and shows a long one so: an
// id typed into a number cell has lost its last digits, and those the
// text still has are not the id. The message never quotes the value.
func roundedProblems(dst []Problem, row *roster.Row) []Problem {
	for _, f := range roster.Fields {
		if exponentNumber(row.Values[f]) {
			dst = append(dst, Problem{Row: row.ID, Field: f, Severity: CodeNumberRounded.Severity(), Code: CodeNumberRounded,
				Message: i18n.T("Excel has rounded this number and shows it in exponent form (such as 1.23E+11): the digits of an id are lost; look the id up in the school system and type it in as text")})
		}
	}
	return dst
}

// exponentNumber reports whether v, trimmed, is a number in the exponent
// form spreadsheets show: digits, a decimal point or comma and digits if
// any, E or e, a sign and at least two digits, as 1.23457E+19, 1,23E+11
// or 1E+15. The sign and two digits are what Excel writes and what sets
// it apart from a class such as 9E1. It runs on every field of every
// row, so it is written out rather than a regexp.
func exponentNumber(v string) bool {
	v = strings.TrimSpace(v)
	i := 0
	if i < len(v) && v[i] == '-' {
		i++
	}
	n := digitsAt(v, i)
	if n == 0 {
		return false
	}
	i += n
	if i < len(v) && (v[i] == '.' || v[i] == ',') {
		n = digitsAt(v, i+1)
		if n == 0 {
			return false
		}
		i += 1 + n
	}
	if i+1 >= len(v) || v[i] != 'E' && v[i] != 'e' || v[i+1] != '+' && v[i+1] != '-' {
		return false
	}
	i += 2
	n = digitsAt(v, i)
	return n >= 2 && n <= 3 && i+n == len(v)
}

// digitsAt returns how many ASCII digits v has from byte i on.
func digitsAt(v string, i int) int {
	n := 0
	for i+n < len(v) && '0' <= v[i+n] && v[i+n] <= '9' {
		n++
	}
	return n
}
