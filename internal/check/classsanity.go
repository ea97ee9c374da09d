package check

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// Codes of the class sanity rule.
const (
	// CodeClassLone is a class of one student where the school's other
	// classes of that grade are larger: likely a typo for one of them.
	CodeClassLone Code = "class_lone"
	// CodeClassGradeStray is the only student of a grade in a school that
	// otherwise has no one in that grade.
	CodeClassGradeStray Code = "class_grade_stray"
)

const (
	// largeClass is the size from which a class makes a lone student in
	// another class of its grade look like a typo.
	largeClass = 5
	// strayGradeSchool is the number of students a school needs before a
	// lone student in a grade it otherwise lacks is flagged: small schools
	// and units have odd grades for real.
	strayGradeSchool = 40
)

// classRule looks at the students' standard classes (9A, 8B) per school.
// Each school keeps its students per grade and class; an edit changes one
// school, whose lone students are counted again in time proportional to
// its classes, a few dozen.
type classRule struct {
	schools map[string]*classSchool
	keyOf   map[roster.RowID]classKey
	flagged int
}

type classKey struct {
	school, class string
	grade         int
}

type classSchool struct {
	students int
	grades   map[int]map[string]int // grade → class → students
	flagged  int
}

func newClassRule(rows int) *classRule {
	return &classRule{schools: map[string]*classSchool{}, keyOf: make(map[roster.RowID]classKey, rows)}
}

func (c *classRule) add(row *roster.Row) {
	if row.Kind() != roster.Student {
		return
	}
	pc := roster.ParseClass(row.Values[roster.Class])
	school := tidySpaces(strings.TrimSpace(row.Values[roster.School]))
	if pc.Form != roster.ClassStandard || school == "" {
		return
	}
	k := classKey{school: school, class: pc.Canonical, grade: pc.Grade}
	c.keyOf[row.ID] = k
	s := c.schools[school]
	if s == nil {
		s = &classSchool{grades: map[int]map[string]int{}}
		c.schools[school] = s
	}
	if s.grades[k.grade] == nil {
		s.grades[k.grade] = map[string]int{}
	}
	s.grades[k.grade][k.class]++
	s.students++
	c.recount(s)
}

func (c *classRule) remove(id roster.RowID) {
	k, ok := c.keyOf[id]
	if !ok {
		return
	}
	delete(c.keyOf, id)
	s := c.schools[k.school]
	g := s.grades[k.grade]
	if g[k.class]--; g[k.class] == 0 {
		delete(g, k.class)
		if len(g) == 0 {
			delete(s.grades, k.grade)
		}
	}
	s.students--
	c.recount(s)
	if s.students == 0 {
		delete(c.schools, k.school)
	}
}

// recount counts a school's flagged students again.
func (c *classRule) recount(s *classSchool) {
	n := 0
	for grade, classes := range s.grades {
		for class, size := range classes {
			if size == 1 && s.judge(grade, class) != "" {
				n++
			}
		}
	}
	c.flagged += n - s.flagged
	s.flagged = n
}

// judge says why the lone student of a class is suspect: CodeClassLone,
// CodeClassGradeStray, or "" when nothing is odd.
func (s *classSchool) judge(grade int, class string) Code {
	classes := s.grades[grade]
	if classes[class] != 1 {
		return ""
	}
	if len(classes) == 1 {
		if s.students >= strayGradeSchool {
			return CodeClassGradeStray
		}
		return ""
	}
	if largestOther(classes, class) >= largeClass {
		return CodeClassLone
	}
	return ""
}

func largestOther(classes map[string]int, class string) int {
	most := 0
	for c, n := range classes {
		if c != class {
			most = max(most, n)
		}
	}
	return most
}

func (c *classRule) problems(dst []Problem, id roster.RowID) []Problem {
	k, ok := c.keyOf[id]
	if !ok {
		return dst
	}
	s := c.schools[k.school]
	switch s.judge(k.grade, k.class) {
	case CodeClassLone:
		return append(dst, Problem{Row: id, Field: roster.Class, Severity: Warning, Code: CodeClassLone,
			Message: i18n.T("the only student in class %s, while the school's other year %d classes have up to %d students: is the class mistyped?",
				k.class, k.grade, largestOther(s.grades[k.grade], k.class))})
	case CodeClassGradeStray:
		return append(dst, Problem{Row: id, Field: roster.Class, Severity: Warning, Code: CodeClassGradeStray,
			Message: i18n.T("the only student in year %d, a year this school has no other students in: is the class mistyped?", k.grade)})
	}
	return dst
}

func (c *classRule) counts() (errors, warnings int) { return 0, c.flagged }

func (c *classRule) severity(id roster.RowID, f roster.Field) (Severity, bool) {
	if f != roster.Class {
		return Warning, false
	}
	k, ok := c.keyOf[id]
	return Warning, ok && c.schools[k.school].judge(k.grade, k.class) != ""
}
