package check

import (
	"slices"
	"testing"

	"rosterdesk/internal/roster"
)

// A role the row's address, sheet or file speaks against is an error with
// a choice, never a quiet teacher (tester T40): a "Lärare" with class 9A
// on @elev.ale.se was exported as a teacher behind the warning that the
// class "will be left empty".
func TestRoleMismatch(t *testing.T) {
	tests := []struct {
		name        string
		values      [roster.NumFields]string
		sheet, file string
		want        []string
	}{
		{"teacher with class on a pupils' domain", person(set(roster.Role, "Lärare"), set(roster.Email, "nils.holm@elev.ale.se")), "", "",
			[]string{"Role role_mismatch error"}},
		{"teacher with class on the pupils' sheet of two", person(set(roster.Role, "Lärare")), "Elever 9A", "lista.xlsx",
			[]string{"Role role_mismatch error"}},
		{"teacher with class on a list of one sheet, Elever", person(set(roster.Role, "Lärare")), "Elever", "",
			[]string{"Class class_teacher warning"}},
		{"teacher with class in elevlista.csv", person(set(roster.Role, "teacher")), "", "/x/elevlista.csv",
			[]string{"Class class_teacher warning"}},
		{"teacher with class, nothing against it", person(set(roster.Role, "Lärare"), set(roster.Email, "karin.lund@ale.se")), "Alla", "lista.xlsx",
			[]string{"Class class_teacher warning"}},
		{"teacher without class on a pupils' domain", person(set(roster.Role, "Lärare"), set(roster.Class, ""), set(roster.Email, "k@elev.ale.se")), "", "",
			nil},
		{"elevhälsa is not pupils", person(set(roster.Role, "Lärare")), "Elevhälsa", "lista.xlsx",
			[]string{"Class class_teacher warning"}},
		{"student without class on the staff sheet of two", person(set(roster.Class, "")), "Personal", "lista.xlsx",
			[]string{"Role role_mismatch error"}},
		{"student without class on a staff domain", person(set(roster.Class, ""), set(roster.Email, "olof.ek@personal.ale.se")), "", "",
			[]string{"Role role_mismatch error"}},
		{"student with class on a staff sheet", person(), "Personal", "lista.xlsx", nil},
		{"a sheet of pupils and teachers says neither", person(set(roster.Class, "")), "Elever och lärare", "lista.xlsx",
			[]string{"Class class_missing error"}},
		{"student without class, nothing against it", person(set(roster.Class, "")), "Alla", "lista.xlsx",
			[]string{"Class class_missing error"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := roster.New()
			row := r.Append(tt.values)
			if tt.file != "" || tt.sheet != "" {
				row.Source = r.AddSource(roster.Source{File: tt.file, Sheet: tt.sheet})
			}
			if tt.file != "" {
				r.AddSource(roster.Source{File: tt.file, Sheet: "Lärare och annan personal"}) // a list of two sheets
			}
			if got := found(Check(r)); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// The choice for a "teacher" with a class is the role student, or a
// teacher without the class: the second sets the Class cell, not the
// problem's Role cell.
func TestRoleMismatchChoices(t *testing.T) {
	r := roster.New()
	r.Append(person(set(roster.Role, "Lärare"), set(roster.Email, "nils.holm@elev.ale.se")))
	p := Check(r)[0]
	if !p.Fix.Choice() || len(p.Fix.Choices) != 2 {
		t.Fatalf("fix %+v, want a choice of two", p.Fix)
	}
	student, teacher := p.Fix.Choices[0], p.Fix.Choices[1]
	if student.FieldOf(&p) != roster.Role || student.Value != "student" {
		t.Errorf("first choice sets %s to %q, want Role to student", student.FieldOf(&p), student.Value)
	}
	if teacher.FieldOf(&p) != roster.Class || teacher.Value != "" {
		t.Errorf("second choice sets %s to %q, want Class emptied", teacher.FieldOf(&p), teacher.Value)
	}
}
