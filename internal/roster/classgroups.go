package roster

import (
	"regexp"
	"strings"
)

// classListSeparator splits a cell that names several classes: "9A/9B",
// "9A, 9B", "9A & 9B", "9A och 9B", "9A ja 9B", "9A and 9B".
var classListSeparator = regexp.MustCompile(`(?i)\s*(?:[/,;&+]|\s(?:och|ja|and|sekä)\s)\s*`)

// SeveralClasses returns the classes a cell names when it names two or
// more standard classes ("9A/9B" → 9A, 9B), in their canonical form and
// without repeats; nil for any other value. The platform places a
// pupil in one class, so such a cell is a choice the user must make.
func SeveralClasses(s string) []string {
	if ParseClass(s).Form != ClassNamed {
		return nil
	}
	parts := classListSeparator.Split(strings.TrimSpace(s), -1)
	if len(parts) < 2 {
		return nil
	}
	var classes []string
	seen := map[string]bool{}
	for _, p := range parts {
		c := ParseClass(p)
		if c.Form != ClassStandard {
			return nil
		}
		if !seen[c.Canonical] {
			seen[c.Canonical] = true
			classes = append(classes, c.Canonical)
		}
	}
	if len(classes) < 2 {
		return nil
	}
	return classes
}

// groupWords are words that name a teaching group rather than a class,
// as keys of HeaderKey (lower case, å ä ö as a and o).
var groupWords = map[string]bool{
	"grp": true, "grupp": true, "group": true, "ryhma": true,
	"kurs": true, "course": true, "kurssi": true,
}

// subjectWords are school subjects and their usual abbreviations in
// Swedish, Finnish and English schedules, as keys of HeaderKey: a class
// value with one of them and a number is a teaching group ("Ma 9",
// "Engelska 9A", "SvA 8", "Matematiikka 7").
var subjectWords = map[string]bool{
	"ma": true, "matte": true, "matematik": true, "sv": true, "sva": true, "svenska": true,
	"en": true, "eng": true, "engelska": true, "no": true, "so": true, "bi": true, "biologi": true,
	"fy": true, "fysik": true, "ke": true, "kemi": true, "hi": true, "historia": true,
	"ge": true, "geografi": true, "re": true, "religion": true, "sh": true, "samhallskunskap": true,
	"tk": true, "teknik": true, "idh": true, "idrott": true, "mu": true, "musik": true,
	"bl": true, "bild": true, "sl": true, "slojd": true, "hkk": true, "hemkunskap": true,
	"ml": true, "modersmal": true, "ty": true, "tyska": true, "fr": true, "franska": true,
	"sp": true, "spanska": true, "moderna": true, "sprak": true,
	"aidinkieli": true, "matematiikka": true, "englanti": true, "ruotsi": true, "suomi": true,
	"biologia": true, "fysiikka": true, "kemia": true, "maantieto": true,
	"uskonto": true, "liikunta": true, "musiikki": true, "kuvataide": true, "kasityo": true,
	"math": true, "maths": true, "english": true, "swedish": true, "science": true,
}

// TeachingGroup reports whether a Class value looks like a teaching group
// (a subject or group word beside a number: "Ma grp 1", "Engelska 9A",
// "SvA 8", "Ma 9 grupp 1") rather than a class: the platform takes
// classes only. A named class without a number ("Blå gruppen") is none.
func TeachingGroup(s string) bool {
	if ParseClass(s).Form != ClassNamed || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '.' || r == ':' || r == '/' || (r >= '0' && r <= '9')
	}) {
		k := HeaderKey(w)
		if groupWords[k] || subjectWords[k] {
			return true
		}
	}
	return false
}

// MentorGroup reports whether a Class value names a mentor or tutor
// group ("Mentorsgrupp KL", "Mentor Anna", "Tutorryhmä 3") rather than a
// class: a word of it starts with "mentor" or "tutor".
func MentorGroup(s string) bool {
	for _, w := range strings.Fields(s) {
		k := HeaderKey(w)
		if strings.HasPrefix(k, "mentor") || strings.HasPrefix(k, "tutor") {
			return true
		}
	}
	return false
}
