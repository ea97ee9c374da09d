package check

import (
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

// staffList is a list whose teachers have addresses at byskolan.example
// and whose pupils with a class at elev.byskolan.example, and one student
// without a class at address.
func staffList(address string) (*roster.Roster, roster.RowID) {
	r := roster.New()
	r.Append(person(set(roster.Email, "anna.alm@byskolan.example"), set(roster.Class, ""), set(roster.Role, "teacher")))
	r.Append(person(set(roster.Email, "bo.berg@byskolan.example"), set(roster.Class, ""), set(roster.Role, "teacher")))
	r.Append(person(set(roster.Email, "cia.ceder@elev.byskolan.example")))
	r.Append(person(set(roster.Email, "dan.dahl@elev.byskolan.example"), set(roster.Class, "9B")))
	row := r.Append(person(set(roster.Email, address), set(roster.FirstName, "Eva"), set(roster.LastName, "Ek"), set(roster.Class, "")))
	return r, row.ID
}

// classMissingOf returns the class_missing problem of row id.
func classMissingOf(c *Checker, id roster.RowID) *Problem {
	for _, p := range c.RowProblems(id) {
		if p.Code == CodeClassMissing {
			return &p
		}
	}
	return nil
}

// TestStudentAtTheStaffDomain: a student without a class whose address
// is at the domain the list's teachers use, and no pupil with a class
// uses, is likely a teacher: class_missing says so and offers the role
// teacher or leaving the row out (issue 13).
func TestStudentAtTheStaffDomain(t *testing.T) {
	r, id := staffList("eva.ek@byskolan.example")
	c := NewChecker(r)
	p := classMissingOf(c, id)
	if p == nil || p.Fix == nil || len(p.Fix.Choices) != 2 || !strings.Contains(p.Message.String(), "byskolan.example, where the list's teachers have theirs") {
		t.Fatalf("problem %+v", p)
	}
	if teacher := p.Fix.Choices[0]; teacher.Value != "teacher" || teacher.FieldOf(p) != roster.Role {
		t.Errorf("first choice %+v, want the role teacher", teacher)
	}
	if e, _ := c.Counts(); e != 1 {
		t.Errorf("%d errors, want the one", e)
	}

	// A pupil with a class at that domain says it is no staff domain; the
	// check follows the edit.
	pupil := r.Rows[2]
	pupil.Values[roster.Email] = "cia.ceder@byskolan.example"
	c.Changed(pupil, roster.Email, "")
	if p := classMissingOf(c, id); p == nil || p.Fix != nil {
		t.Errorf("with a pupil at the domain: %+v", p)
	}
	pupil.Values[roster.Email] = "cia.ceder@elev.byskolan.example"
	c.Changed(pupil, roster.Email, "")
	if p := classMissingOf(c, id); p == nil || p.Fix == nil {
		t.Errorf("the pupil gone from the domain: %+v", p)
	}
}

// TestStudentAtTheStaffDomainNeedsTheListToShowIt: without teachers at
// the domain, or without pupils with a class elsewhere, an address says
// nothing of the role.
func TestStudentAtTheStaffDomainNeedsTheListToShowIt(t *testing.T) {
	r, id := staffList("eva.ek@annanskola.example")
	if p := classMissingOf(NewChecker(r), id); p == nil || p.Fix != nil {
		t.Errorf("another domain: %+v", p)
	}
	r, id = staffList("eva.ek@byskolan.example")
	for _, row := range r.Rows[2:4] {
		row.Values[roster.Class] = ""
	}
	c := NewChecker(r)
	if p := classMissingOf(c, id); p == nil || p.Fix != nil {
		t.Errorf("no pupil with a class: %+v", p)
	}
}
