package check

import "rosterdesk/internal/roster"

// plainValues remembers, for rows checked one after the other, the last
// Municipality and School values that the rules on them alone found
// nothing in. A list has one municipality on every row and a school on
// hundreds in a run, most often the very same string (a workbook's
// shared string), so a row that repeats one is not looked up again: the
// municipality table and the search for a school separator ran on every
// row of a large list. A value with a problem is checked on each row, as
// its problem names the row.
type plainValues struct {
	municipality, school string
}

// unlessRepeated is problems (a rule on field f of a row alone), passed
// over for a row whose value of f is *plain, the value an earlier row
// found nothing in; a value it finds nothing in becomes *plain.
func unlessRepeated(dst []Problem, row *roster.Row, f roster.Field, plain *string,
	problems func([]Problem, *roster.Row) []Problem) []Problem {
	v := row.Values[f]
	if v == *plain {
		return dst
	}
	n := len(dst)
	if dst = problems(dst, row); len(dst) == n {
		*plain = v
	}
	return dst
}
