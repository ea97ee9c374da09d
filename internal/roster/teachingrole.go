package roster

// staffWords are ParseRole's words, folded as foldRole folds, for staff
// in general rather than for someone who teaches. A flat file's role
// column says "Personal" or "Rektor" of everyone who is not a pupil, so
// ParseRole reads them as teacher; a school-data export names each
// person's duty, and there they are duties that are not teaching.
var staffWords = map[string]bool{
	"staff": true, "employee": true, "employees": true,
	"personal": true, "personalen": true, "anstalld": true, "anstallda": true, "rektor": true,
	"henkilokunta": true, "henkilosto": true, "rehtori": true,
}

// TeachingRole reports whether a role or duty named in a school-data
// export is a teacher's: one that ParseRole reads as teacher (so a title
// naming an assistant, a trainee or a student is not, as TeacherTitle
// says: "Lärarassistent", "Opettajaharjoittelija"), but not a word for
// staff in general ("Personal", "Rektor", "staff").
func TeachingRole(s string) bool {
	return ParseRole(s) == Teacher && !staffWords[foldRole(s)]
}
