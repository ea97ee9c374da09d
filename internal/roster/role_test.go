package roster

import "testing"

func TestParseRole(t *testing.T) {
	tests := []struct {
		in   string
		want RoleKind
	}{
		{"student", Student}, {"Student", Student}, {"STUDENT", Student}, {" student ", Student},
		{"students", Student}, {"pupil", Student}, {"Pupils", Student},
		{"elev", Student}, {"Elev", Student}, {"ELEV", Student}, {"ELEVER", Student}, {"Elever", Student},
		{"oppilas", Student}, {"Oppilas", Student}, {"OPPILAS", Student}, {"oppilaat", Student}, {"opiskelija", Student},
		{"learner", Student}, {"studerande", Student}, {"Pupil", Student}, {"PUPIL", Student},
		{"teacher", Teacher}, {"Teacher", Teacher}, {"staff", Teacher}, {"Staff", Teacher},
		{"lärare", Teacher}, {"Lärare", Teacher}, {"LÄRARE", Teacher}, {"larare", Teacher},
		{"personal", Teacher}, {"Pedagog", Teacher}, {"anställd", Teacher},
		{"opettaja", Teacher}, {"Opettaja", Teacher}, {"OPETTAJA", Teacher}, {"opettajat", Teacher}, {"henkilökunta", Teacher},
		{"STAFF", Teacher}, {"teachers", Teacher}, {"rektor", Teacher}, {"rehtori", Teacher}, {"anstalld", Teacher},
		{"", NoRole}, {"   ", NoRole}, {"elevv", NoRole}, {"vårdnadshavare", NoRole}, {"guardian", NoRole}, {"admin", NoRole}, {"vikarie?", NoRole}, {"9A", NoRole}, {"student teacher", NoRole},
	}
	for _, tt := range tests {
		if got := ParseRole(tt.in); got != tt.want {
			t.Errorf("ParseRole(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if Student.String() != "student" || Teacher.String() != "teacher" || NoRole.String() != "" {
		t.Error("role names")
	}
}
