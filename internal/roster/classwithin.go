package roster

import (
	"regexp"
	"strings"
	"unicode"
)

// A Class cell sometimes holds a standard class in a form the patterns of
// ParseClass do not take: written with look-alike characters (a Cyrillic
// "А", a full-width "９Ａ", an en dash in "9–A"), or with other text
// around it ("9B 26/27", "Rydsskolan 9B", "9B (Anna L)"). Left alone such
// a pupil lands in a class of its own on the platform. The functions here
// find the class in such a value, for the checker to offer as a fix.

// schoolYearSuffix matches a school year or term written after a class
// name: "25/26", "2025/2026", "24-25", "HT25", "VT 2026", "(25/26)".
var schoolYearSuffix = regexp.MustCompile(`(?i)[\s,]+\(?(\d{2}/\d{2}|\d{4}/\d{2,4}|\d{2}-\d{2}|\d{4}-\d{2,4}|(?:ht|vt|st|lå)\s?\d{2,4}|\d{4})\)?$`)

// StripSchoolYear takes the school year or term off the end of a class
// value or group title: "9A 25/26" and "9A (HT25)" give "9A".
func StripSchoolYear(title string) string {
	title = strings.TrimSpace(title)
	for {
		t := schoolYearSuffix.ReplaceAllString(title, "")
		if t == title || t == "" {
			return title
		}
		title = strings.TrimSpace(t)
	}
}

// lookalikes maps Cyrillic and Greek capitals and small letters that look
// like Latin ones, and the dashes and minus that look like a hyphen.
var lookalikes = map[rune]rune{
	'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'К': 'K', 'М': 'M', 'О': 'O', 'Р': 'P', 'Т': 'T', 'Х': 'X',
	'а': 'a', 'с': 'c', 'е': 'e', 'о': 'o', 'р': 'p', 'х': 'x', 'у': 'y',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
	'ο': 'o',
	'‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
}

// FoldLookalikes writes full-width digits and letters, Cyrillic and Greek
// letters that look like Latin ones, and dashes as their plain ASCII
// form: "９Ａ", "9А" (Cyrillic) and "9–A" give "9A", "9A" and "9-A".
func FoldLookalikes(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '！' && r <= '～' {
			return r - '！' + '!'
		}
		if r == '　' {
			return ' '
		}
		if l, ok := lookalikes[r]; ok {
			return l
		}
		return r
	}, s)
}

// ClassLookalike returns the standard class a named class value is once
// its look-alike characters are written plainly ("9А" with a Cyrillic А
// is 9A); false when folding makes no standard class of it.
func ClassLookalike(s string) (string, bool) {
	folded := FoldLookalikes(s)
	if folded == s || ParseClass(s).Form != ClassNamed {
		return "", false
	}
	if p := ParseClass(folded); p.Form == ClassStandard {
		return p.Canonical, true
	}
	return "", false
}

// parenthesised matches a remark in brackets: "(Anna L)", "[mentor]".
var parenthesised = regexp.MustCompile(`\s*[(\[][^()\[\]]*[)\]]\s*`)

// ClassWithin returns the one standard class inside a named class value
// with other text: a school year or term after it ("9B 26/27"), a remark
// in brackets ("9B (Anna L)"), or words without digits that are no
// subject or group ("Rydsskolan 9B", "9B Mentor"). It returns false when
// the value is already a standard class or grade, holds no class or more
// than one, or has a number or subject besides the class ("Ma 9A",
// "9A 3").
func ClassWithin(s string) (string, bool) {
	if ParseClass(s).Form != ClassNamed {
		return "", false
	}
	v := FoldLookalikes(s)
	v = strings.TrimSpace(parenthesised.ReplaceAllString(StripSchoolYear(v), " "))
	switch p := ParseClass(v); p.Form {
	case ClassStandard:
		return p.Canonical, true
	case ClassEmpty, ClassGradeOnly:
		return "", false
	}
	class := ""
	for _, w := range strings.Fields(v) {
		if p := ParseClass(w); p.Form == ClassStandard {
			if class != "" {
				return "", false
			}
			class = p.Canonical
			continue
		}
		k := HeaderKey(w)
		if k == "" {
			continue // a dash or other sign between the words
		}
		if groupWords[k] || subjectWords[k] || strings.ContainsFunc(w, unicode.IsDigit) {
			return "", false
		}
	}
	return class, class != ""
}
