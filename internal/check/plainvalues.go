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

// municipalityName is municipalityNameProblems, passing over a value
// found plain on an earlier row.
func (s *plainValues) municipalityName(dst []Problem, row *roster.Row) []Problem {
	v := row.Values[roster.Municipality]
	if v == s.municipality {
		return dst
	}
	n := len(dst)
	if dst = municipalityNameProblems(dst, row); len(dst) == n {
		s.municipality = v
	}
	return dst
}

// schoolSeveral is schoolSeveralProblems, passing over a value found
// plain on an earlier row.
func (s *plainValues) schoolSeveral(dst []Problem, row *roster.Row) []Problem {
	v := row.Values[roster.School]
	if v == s.school {
		return dst
	}
	n := len(dst)
	if dst = schoolSeveralProblems(dst, row); len(dst) == n {
		s.school = v
	}
	return dst
}
