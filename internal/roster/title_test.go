package roster

import "testing"

func TestTeacherTitle(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Förstelärare", true}, {"förstelärare", true}, {"FÖRSTELÄRARE", true}, {" Förstelärare ", true},
		{"Speciallärare i matematik", true}, {"Modersmålslärare", true}, {"Lärare i fritidshem", true},
		{"lärare i svenska", true}, {"Ämneslärare", true}, {"Klasslärare/mentor", true}, {"Idrottslärare", true},
		{"Lektor", true}, {"lektor i kemi", true}, {"Musiikinopettaja", true}, {"Englannin opettaja", true},
		{"erityisluokanopettaja", true}, {"Lehtori, matematiikan opettaja", true},
		{"Teacher of English", true}, {"Class teacher", true}, {"Schoolteacher", true}, {"Head Teacher", true},
		// Role words are ParseRole's, not titles.
		{"Lärare", false}, {"opettaja", false}, {"Luokanopettaja", false}, {"Aineenopettaja", false}, {"teacher", false}, {"Rektor", false}, {"Speciallärare", false},
		// Beside teachers, or learning to be one.
		{"Lärarstudent", false}, {"Lärarassistent", false}, {"lärarstudent i matematik", false},
		{"Student teacher", false}, {"Teacher assistant", false}, {"Teacher's aide", false}, {"Trainee teacher", false},
		{"Opettajaopiskelija", false}, {"Opettajan avustaja", false}, {"Opettajaharjoittelija", false},
		{"Lärare (praktikant)", false},
		// Other staff.
		{"Skolsköterska", false}, {"Kurator", false}, {"Elevassistent", false}, {"Vaktmästare", false},
		{"Koulunkäynninohjaaja", false}, {"Studie- och yrkesvägledare", false}, {"Lärarvikarie", false},
		{"", false}, {"  ", false}, {"9A", false}, {"Elev", false},
	}
	for _, tt := range tests {
		if got := TeacherTitle(tt.in); got != tt.want {
			t.Errorf("TeacherTitle(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParseRoleReadsTitlesAsTeacher(t *testing.T) {
	tests := []struct {
		in   string
		want RoleKind
	}{
		{"Förstelärare", Teacher}, {"Lärare i fritidshem", Teacher}, {"Luokanopettaja", Teacher}, {"Lektor", Teacher},
		{"Rektor", Teacher}, {"Rehtori", Teacher}, {"Elev", Student},
		{"Lärarstudent", NoRole}, {"Lärarassistent", NoRole}, {"Skolsköterska", NoRole}, {"Kurator", NoRole},
		{"Elevassistent", NoRole}, {"student teacher", NoRole},
	}
	for _, tt := range tests {
		if got := ParseRole(tt.in); got != tt.want {
			t.Errorf("ParseRole(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
