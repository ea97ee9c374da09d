package roster

import (
	"regexp"
	"strconv"
	"strings"
)

// gradeHeaders are the header keys (see HeaderKey) of a column that
// holds the grade, the year group, beside a class column that may hold
// only the section: Swedish, Finnish and English, with their usual
// variants.
var gradeHeaders = map[string]bool{
	"arskurs": true, "ak": true, "arskull": true, "skolar": true, "klassteg": true,
	"luokkaaste": true, "vuosiluokka": true, "vuosiluokkaaste": true, "luokkataso": true,
	"yeargroup": true, "yearlevel": true, "grade": true, "gradelevel": true, "schoolyear": true,
}

// GradeHeader reports whether a header names a grade column ("Årskurs",
// "Åk", "Luokka-aste", "Vuosiluokka", "Year group", "Grade level").
func GradeHeader(header string) bool { return gradeHeaders[HeaderKey(header)] }

// gradeWord is a grade cell written with a word ParseClass does not take
// before the number: "Gr 9", "Grade 9", "Year 9", "Yr. 9".
var gradeWord = regexp.MustCompile(`^(?i:gr|grade|year|yr)[\s.]*(\d{1,2})$`)

// ParseGrade reads a grade cell: "7", "07", "åk 7", "7:an", "7. luokka",
// "Gr 7" give 7. Anything else (empty, "F", "7A", "1-3") is no grade.
func ParseGrade(s string) (int, bool) {
	p := ParseClass(s)
	if p.Form == ClassGradeOnly {
		return p.Grade, true
	}
	if m := gradeWord.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		g, _ := strconv.Atoi(m[1])
		return g, true
	}
	return 0, false
}

// JoinGradeSection makes one class of a grade cell and a class cell that
// holds only the section (SectionOnly): "7" and "A" give "7A", "åk 8" and
// "b" give "8B", förskoleklass ("F", "FK", "Fsk") and "A" give "FA"; a
// section written as a word keeps its spelling: "1" and "Blå" give "1Blå",
// "F" and "Blå" give "F Blå". It returns false, and class unchanged, when the grade
// cell is no grade or the class is not a section alone.
func JoinGradeSection(grade, class string) (string, bool) {
	if !SectionOnly(class) {
		return class, false
	}
	if Preschool(grade) && len([]rune(Tidy(class))) <= 2 {
		// Förskoleklass A is written FA.
		return "F" + strings.ToUpper(Tidy(class)), true
	}
	if Preschool(grade) {
		// Förskoleklass Blå is written F Blå, in the section's spelling.
		return "F " + Tidy(class), true
	}
	g, ok := ParseGrade(grade)
	if !ok {
		return class, false
	}
	joined := strconv.Itoa(g) + Tidy(class)
	if p := ParseClass(joined); p.Form == ClassStandard {
		return p.Canonical, true
	}
	return joined, true
}

// SetGradeColumn says that the extra column named name holds the grade
// (the user mapped it so); "" forgets it. Without it, GradeColumn finds
// the column by its header.
func (r *Roster) SetGradeColumn(name string) { r.grade = name }

// GradeColumnName returns the name SetGradeColumn gave, or "".
func (r *Roster) GradeColumnName() string { return r.grade }

// GradeColumn returns the index of the extra column that holds the grade:
// the one SetGradeColumn named, else the first whose header names a grade
// (GradeHeader) and that the user did not map to Ignore (SetSettled:
// tester A3, --map "Årskurs=Ignore" still joined the grade into the
// class); -1 when there is none.
func (r *Roster) GradeColumn() int {
	for i, name := range r.ExtraColumns {
		if r.grade != "" && name == r.grade {
			return i
		}
	}
	if r.grade != "" {
		return -1
	}
	for i, name := range r.ExtraColumns {
		if GradeHeader(name) && !r.settled[name] {
			return i
		}
	}
	return -1
}
