package check

import (
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
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
// grade of one school, whose lone students are counted again in time
// proportional to its classes, a handful.
type classRule struct {
	schools map[string]*classSchool
	flagged int
}

type classKey struct {
	school, class string
	grade         int
}

type classSchool struct {
	students int
	grades   map[int]*classGrade
	// single counts the grades with one student in all; lone sums the
	// grades' lone students.
	single, lone int
}

// classGrade holds the classes of one grade of a school.
type classGrade struct {
	students int
	classes  map[string]int // class → students
	// lone counts the classes of one student next to a large one.
	lone int
}

// warns returns how many of the school's students warn.
func (s *classSchool) warns() int {
	if s.students >= strayGradeSchool {
		return s.lone + s.single
	}
	return s.lone
}

func newClassRule() *classRule {
	return &classRule{schools: map[string]*classSchool{}}
}

// add counts a student in a standard class at school (trimmed, single
// spaces) and returns the key it was counted under; a zero key (no school) when the row is not counted.
func (c *classRule) add(row *roster.Row, school string) classKey {
	if row.Kind() != roster.Student {
		return classKey{}
	}
	pc := roster.ParseClass(row.Values[roster.Class])
	if pc.Form != roster.ClassStandard {
		return classKey{}
	}
	if school == "" {
		return classKey{}
	}
	k := classKey{school: school, class: pc.Canonical, grade: pc.Grade}
	s := c.schools[school]
	if s == nil {
		s = &classSchool{grades: map[int]*classGrade{}}
		c.schools[school] = s
	}
	g := s.grades[k.grade]
	if g == nil {
		g = &classGrade{classes: map[string]int{}}
		s.grades[k.grade] = g
	}
	c.change(s, g, k.class, 1)
	return k
}

// remove uncounts a student counted under k.
func (c *classRule) remove(k classKey) {
	s := c.schools[k.school]
	g := s.grades[k.grade]
	c.change(s, g, k.class, -1)
	if g.students == 0 {
		delete(s.grades, k.grade)
	}
	if s.students == 0 {
		delete(c.schools, k.school)
	}
}

// change adds delta students to a class and counts the grade's lone
// students again, in time proportional to its classes, a handful.
func (c *classRule) change(s *classSchool, g *classGrade, class string, delta int) {
	before := s.warns()
	if g.students == 1 {
		s.single--
	}
	s.lone -= g.lone
	g.students += delta
	s.students += delta
	if g.classes[class] += delta; g.classes[class] == 0 {
		delete(g.classes, class)
	}
	if g.students == 1 {
		s.single++
	}
	g.lone = 0
	for cl, n := range g.classes {
		if n == 1 && largestOther(g.classes, cl) >= largeClass {
			g.lone++
		}
	}
	s.lone += g.lone
	c.flagged += s.warns() - before
}

// judge says why the lone student of a class is suspect: CodeClassLone,
// CodeClassGradeStray, or "" when nothing is odd.
func (s *classSchool) judge(grade int, class string) Code {
	g := s.grades[grade]
	if g == nil || g.classes[class] != 1 {
		return ""
	}
	if g.students == 1 {
		if s.students >= strayGradeSchool {
			return CodeClassGradeStray
		}
		return ""
	}
	if largestOther(g.classes, class) >= largeClass {
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

// problems appends the warning on a student counted under k.
func (c *classRule) problems(dst []Problem, id roster.RowID, k classKey) []Problem {
	if k.school == "" {
		return dst
	}
	s := c.schools[k.school]
	switch s.judge(k.grade, k.class) {
	case CodeClassLone:
		return append(dst, Problem{Row: id, Field: roster.Class, Severity: CodeClassLone.Severity(), Code: CodeClassLone,
			Message: i18n.T("the only student in class %s, while the school's other year %d classes have up to %d students: is the class mistyped?",
				k.class, k.grade, largestOther(s.grades[k.grade].classes, k.class))})
	case CodeClassGradeStray:
		return append(dst, Problem{Row: id, Field: roster.Class, Severity: CodeClassGradeStray.Severity(), Code: CodeClassGradeStray,
			Message: i18n.T("the only student in year %d, a year this school has no other students in: is the class mistyped?", k.grade)})
	}
	return dst
}

// warned reports whether a student counted under k warns.
func (c *classRule) warned(k classKey) bool {
	return k.school != "" && c.schools[k.school].judge(k.grade, k.class) != ""
}
