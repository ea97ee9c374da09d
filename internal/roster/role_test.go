package roster

import "testing"

func TestParseRole(t *testing.T) {
	tests := []struct {
		in   string
		want RoleKind
	}{
		{"student", Student}, {"Student", Student}, {"STUDENT", Student}, {" student ", Student},
		{"students", Student}, {"pupil", Student}, {"Pupils", Student},
		{"elev", Student}, {"Elev", Student}, {"ELEVER", Student},
		{"oppilas", Student}, {"Oppilas", Student}, {"opiskelija", Student},
		{"teacher", Teacher}, {"Teacher", Teacher}, {"staff", Teacher}, {"Staff", Teacher},
		{"lärare", Teacher}, {"Lärare", Teacher}, {"LÄRARE", Teacher}, {"larare", Teacher},
		{"personal", Teacher}, {"Pedagog", Teacher}, {"anställd", Teacher},
		{"opettaja", Teacher}, {"Opettaja", Teacher}, {"henkilökunta", Teacher},
		{"", NoRole}, {"elevv", NoRole}, {"vikarie?", NoRole}, {"9A", NoRole}, {"student teacher", NoRole},
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
