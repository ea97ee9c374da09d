package roster

import "strings"

// MaxSchoolYear is the highest year a school class has: grundskola 0–9,
// the Finnish tenth year, gymnasium 1–4, and the years 12 and 13 of
// international schools.
const MaxSchoolYear = 13

// SchoolYear reports whether a grade cell is a school year: a grade
// (ParseGrade) from 0 to 13, or förskoleklass ("F", "Fsk").
func SchoolYear(v string) bool {
	if g, ok := ParseGrade(v); ok {
		return g <= MaxSchoolYear
	}
	return Preschool(v)
}

// GradeLikeColumn returns the index of the extra column that looks like
// the grade though its header is not a grade header ("Stadium" holding 9
// and 8): every filled cell of it is a school year (SchoolYear). It is -1
// when the roster has a grade column (GradeColumn), or no such column,
// or more than one, which would be a guess between them. The checker
// reads it only to suggest a section's year, never as the grade itself.
func (r *Roster) GradeLikeColumn() int {
	if r.GradeColumn() >= 0 {
		return -1
	}
	found := -1
	for i := range r.ExtraColumns {
		if !gradeLike(r.Rows, i) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// gradeLike reports whether extra column i has a filled cell and every
// filled cell is a school year.
func gradeLike(rows []*Row, i int) bool {
	filled := false
	for _, row := range rows {
		v := strings.TrimSpace(row.ExtraValue(i))
		if v == "" {
			continue
		}
		if !SchoolYear(v) {
			return false
		}
		filled = true
	}
	return filled
}
