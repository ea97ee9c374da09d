package roster

import (
	"strings"
	"unicode"
)

// SectionOnly reports whether a class value is only a section, letters
// without the grade they belong to ("A", "b", "Blå"), where the upload file
// needs "9A". Förskoleklass classes ("F", "FA", "Fsk", "Fsk B",
// "Förskoleklass") and the Finnish pre-school ("Esiopetus", "Eskari") have
// no grade number and are not sections: they report false.
func SectionOnly(s string) bool {
	v := strings.TrimSpace(s)
	if v == "" || Preschool(v) {
		return false
	}
	for _, r := range v {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// Preschool reports whether a class value names a förskoleklass or a
// Finnish pre-school group: "F" or "F" and one letter ("FA", "Fb"), or a
// value starting with "Fsk", "Förskole", "Esi" or "Eskari", in any case.
func Preschool(s string) bool {
	trimmed := strings.TrimSpace(s)
	// Every form starts with f or e, and no letter but F and E becomes
	// one of them in small letters (TestPreschoolFirstLetter): anything
	// else is told without the copy in small letters.
	if trimmed == "" || trimmed[0]|0x20 != 'f' && trimmed[0]|0x20 != 'e' {
		return false
	}
	lower := strings.ToLower(trimmed)
	if lower == "f" || (len(lower) == 2 && lower[0] == 'f' && lower[1] >= 'a' && lower[1] <= 'z') {
		return true
	}
	for _, prefix := range []string{"fsk", "förskole", "forskole", "esi", "eskari"} {
		if strings.HasPrefix(lower, prefix) {
			return true
		}
	}
	return false
}
