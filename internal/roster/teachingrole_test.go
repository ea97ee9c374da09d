package roster

import "testing"

// A school-data role is a teacher's by the same rule as a flat file's job
// title, so a trainee or an assistant is never a teacher in either.
func TestTeachingRole(t *testing.T) {
	for s, want := range map[string]bool{
		"teacher": true, "Lärare": true, "Förstelärare": true, "Speciallärare/specialpedagog": true,
		"Specialpedagog": true, "Fritidspedagog": true, "Lärare i fritidshem": true, "Luokanopettaja": true,
		"Opettaja": true, "faculty": true, "Mentor": true,
		"Opettajaharjoittelija": false, "Lärarassistent": false, "Lärarstudent": false, "teacher aide": false,
		"Socialpedagog": false, "Övrig pedagogisk personal": false,
		"Rektor": false, "rehtori": false, "Personal": false, "staff": false, "administrator": false,
		"guardian": false, "Elevassistent": false, "student": false, "": false,
	} {
		if got := TeachingRole(s); got != want {
			t.Errorf("TeachingRole(%q) = %v, want %v", s, got, want)
		}
		if TeachingRole(s) && ParseRole(s) != Teacher {
			t.Errorf("TeachingRole(%q) while a flat file's role column does not read it as teacher", s)
		}
	}
}
