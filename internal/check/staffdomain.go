package check

import (
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// staffKind is what a row counts as in staffDomains: a teacher, a
// student with a class, or neither.
type staffKind uint8

const (
	notCounted staffKind = iota
	countedTeacher
	countedPupil
)

// staffDomains counts, by email domain, the teachers and the students
// with a class, so that the list itself shows which domain its staff use
// (@byskolan.se beside the pupils' @elev.byskolan.se).
type staffDomains struct {
	teachers, pupils map[string]int
	// allPupils counts the students with a class at any domain.
	allPupils int
}

func newStaffDomains() *staffDomains {
	return &staffDomains{teachers: map[string]int{}, pupils: map[string]int{}}
}

// kindOf is what row counts as.
func kindOf(row *roster.Row) staffKind {
	switch row.Kind() {
	case roster.Teacher:
		return countedTeacher
	case roster.Student:
		if roster.Tidy(row.Values[roster.Class]) != "" {
			return countedPupil
		}
	}
	return notCounted
}

// count adds sign to the rows of kind k at domain.
func (s *staffDomains) count(domain string, k staffKind, sign int) {
	if domain == "" {
		return
	}
	switch k {
	case countedTeacher:
		add(s.teachers, domain, sign)
	case countedPupil:
		add(s.pupils, domain, sign)
		s.allPupils += sign
	}
}

func add(m map[string]int, k string, sign int) {
	if m[k] += sign; m[k] <= 0 {
		delete(m, k)
	}
}

// staff reports whether domain is the staff's in this list: a teacher has
// an address there, no student with a class has one, and students with a
// class have theirs elsewhere. Only then does an address say more than
// the role.
func (s *staffDomains) staff(domain string) bool {
	return domain != "" && s.teachers[domain] > 0 && s.pupils[domain] == 0 && s.allPupils > 0
}

// suggestTeacher makes the class_missing error of a student whose address
// is at the list's staff domain say that the row is likely a teacher's,
// with the choice to make it one or to leave the row out: the platform
// would give a member of staff a pupil's account.
func (c *Checker) suggestTeacher(problems []Problem, id roster.RowID) {
	for i := range problems {
		p := &problems[i]
		if p.Code != CodeClassMissing || p.Fix != nil {
			continue
		}
		st := c.tired.rows.At(id)
		if st == nil || !c.tired.staff.staff(st.spelt()[1]) {
			return
		}
		p.Message = i18n.T("the role says student, but the row has no class and an address at %s, where the list's teachers have theirs: a member of staff whose role is wrong, or a pupil whose class is missing?", st.spelt()[1])
		p.Fix = &Fix{Label: i18n.T("Make the person a teacher, or leave the row out of the file"), Choices: []Fix{
			{Label: i18n.T("Change the role to %q", "teacher"), Value: "teacher", SetField: true, Field: roster.Role},
			{Label: i18n.T("Leave out of the file"), LeaveOut: true},
		}}
	}
}
