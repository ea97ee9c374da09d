package roster

import "strings"

// teacherWordEnds are the endings, folded as foldRole folds, of a word that
// names a teacher inside a job title: Förstelärare, Modersmålslärare,
// Luokanopettaja, Aineenopettaja.
var teacherWordEnds = []string{"larare", "opettaja"}

// notTeacherParts mark a title of someone who works beside teachers or
// learns to be one (Lärarassistent, Lärarstudent, student teacher, teacher
// assistant, opettajaharjoittelija): such a title is never read as teacher.
var notTeacherParts = []string{
	"student", "studerande", "assistent", "assistant", "aide", "trainee",
	"praktikant", "harjoittelija", "opiskelija", "avustaja",
}

// TeacherTitle reports whether s is a job title read as teacher that is
// not itself a role word (ParseRole's words): a word ending in "lärare"
// or "opettaja" ("Förstelärare", "Lärare i fritidshem", "Luokanopettaja"),
// the word "Lektor", or any word with "teacher" in it, in any case, unless
// the title names an assistant, a trainee or a student.
func TeacherTitle(s string) bool {
	if _, ok := roleWords[foldRole(s)]; ok {
		return false
	}
	words := titleWords(s)
	for _, w := range words {
		for _, part := range notTeacherParts {
			if strings.Contains(w, part) {
				return false
			}
		}
	}
	for _, w := range words {
		if w == "lektor" || w == "lektorer" || strings.Contains(w, "teacher") {
			return true
		}
		for _, end := range teacherWordEnds {
			if strings.HasSuffix(w, end) {
				return true
			}
		}
	}
	return false
}

// titleWords splits a title into its words, each folded as foldRole folds
// a role: "Lärare i fritidshem" is larare, i, fritidshem.
func titleWords(s string) []string {
	fields := strings.FieldsFunc(s, func(r rune) bool {
		switch r {
		case ' ', '\t', '-', '/', ',', ';', '(', ')', '&', '+', '.', '_':
			return true
		}
		return false
	})
	for i, f := range fields {
		fields[i] = foldRole(f)
	}
	return fields
}
