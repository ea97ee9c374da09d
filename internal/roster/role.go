package roster

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// RoleKind is a normalised role.
type RoleKind int

// The roles of the upload file. NoRole is an empty or unrecognised role.
const (
	NoRole RoleKind = iota
	Student
	Teacher
)

// String returns the role as the upload file writes it: "student",
// "teacher", or "" for NoRole.
func (k RoleKind) String() string {
	switch k {
	case Student:
		return "student"
	case Teacher:
		return "teacher"
	}
	return ""
}

// roleWords maps the folded spelling of a role word (see foldRole) to its
// role: English, Swedish and Finnish words for pupils and staff, singular
// and plural, as school systems export them.
var roleWords = map[string]RoleKind{
	// English
	"student": Student, "students": Student, "pupil": Student, "pupils": Student,
	"learner": Student, "learners": Student,
	"teacher": Teacher, "teachers": Teacher, "staff": Teacher, "employee": Teacher,
	"employees": Teacher, "faculty": Teacher, "educator": Teacher,
	// Swedish
	"elev": Student, "elever": Student, "eleven": Student, "eleverna": Student, "studerande": Student,
	"larare": Teacher, "lararen": Teacher, "lararna": Teacher, "personal": Teacher, "personalen": Teacher, "pedagog": Teacher,
	"pedagoger": Teacher, "anstalld": Teacher, "anstallda": Teacher,
	"mentor": Teacher, "specialpedagog": Teacher, "speciallarare": Teacher,
	"forskollarare": Teacher, "fritidspedagog": Teacher, "rektor": Teacher,
	// Finnish
	"oppilas": Student, "oppilaat": Student, "opiskelija": Student, "opiskelijat": Student,
	"opettaja": Teacher, "opettajat": Teacher, "henkilokunta": Teacher,
	"erityisopettaja": Teacher, "luokanopettaja": Teacher, "aineenopettaja": Teacher,
	"rehtori": Teacher, "henkilosto": Teacher,
}

// ParseRole recognises a role written in English, Swedish or Finnish, in
// any case and with surrounding spaces ("Elev", "LÄRARE", "opettaja",
// "pupil", "staff"), and reads a job title built on a teacher word
// ("Förstelärare", "Luokanopettaja", see TeacherTitle) as Teacher. It
// returns NoRole for anything else.
//
// A role word as written ("student", "elev") is found as it is; any
// other spelling is folded in a buffer on the stack: the check asks each
// row's role, and a list holds a handful of spellings on every row.
func ParseRole(s string) RoleKind {
	switch s { // the upload file's words, on nearly every row: no hashing
	case "student":
		return Student
	case "teacher":
		return Teacher
	}
	if k, ok := roleWords[s]; ok {
		// A key is its own folding: small ASCII letters only.
		return k
	}
	var buf [64]byte
	if k, ok := roleWords[string(appendFoldRole(buf[:0], s))]; ok {
		return k
	}
	if TeacherTitle(s) {
		return Teacher
	}
	return NoRole
}

// foldRole lower-cases s, drops spaces, hyphens and dots, and folds å, ä
// and ö to a and o so that "Lärare" and "larare" compare equal.
func foldRole(s string) string {
	return string(appendFoldRole(make([]byte, 0, len(s)), s))
}

// appendFoldRole appends s folded as foldRole folds it to dst: each
// character of s trimmed, lower-cased as strings.ToLower does (a byte
// that is no UTF-8 becomes U+FFFD), then dropped or folded.
func appendFoldRole(dst []byte, s string) []byte {
	for _, r := range strings.TrimSpace(s) {
		if r < utf8.RuneSelf {
			switch {
			case r == ' ' || r == '-' || r == '.' || r == '_':
				continue
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		switch r = unicode.ToLower(r); r {
		case 'å', 'ä', 'á', 'à':
			r = 'a'
		case 'ö', 'ø', 'ó':
			r = 'o'
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}
