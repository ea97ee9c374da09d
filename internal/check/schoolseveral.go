package check

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// schoolSeparators join two schools' names in one cell: "Ekbacka skola,
// Norrskolan", "… / …", "… och …".
var schoolSeparators = []string{",", "/", ";", "+", "&", "\n", " och ", " ja ", " and ", " samt "}

// schoolWords end the name of a school ("Ekbacka skola", "Norrskolan",
// "Kallion koulu"), in lower case; schoolKinds are such words alone, the
// kind of school and not one ("Ekbacka skola och förskola" is one
// school's name).
var (
	schoolWords = []string{"skola", "skolan", "koulu", "school", "gymnasium", "gymnasiet", "lukio", "akademi", "akademin"}
	schoolKinds = map[string]bool{
		"skola": true, "skolan": true, "förskola": true, "förskolan": true, "grundskola": true, "grundskolan": true,
		"grundsärskola": true, "särskola": true, "anpassad grundskola": true, "fritidshem": true, "fritids": true,
		"gymnasium": true, "gymnasiet": true, "gymnasieskola": true, "koulu": true, "lukio": true, "school": true,
		"esiopetus": true, "päiväkoti": true,
	}
)

// severalSchools returns the schools a School cell names when it names
// more than one, each ending with a school word and none only a kind of
// school; nil otherwise.
func severalSchools(value string) []string {
	if isASCII(value) && !hasSeparatorASCII(value) {
		return nil // the common case, told without a copy in small letters
	}
	lower := strings.ToLower(value)
	if len(lower) != len(value) {
		lower = value // a letter whose small form is longer: match as written
	}
	for _, sep := range schoolSeparators {
		if !strings.Contains(lower, sep) {
			continue
		}
		var names []string
		at := 0
		for _, part := range strings.Split(lower, sep) {
			name := strings.TrimSpace(value[at : at+len(part)])
			at += len(part) + len(sep)
			if !isSchoolName(strings.ToLower(name)) {
				return nil
			}
			names = append(names, name)
		}
		return names
	}
	return nil
}

// hasSeparatorASCII reports whether an ASCII value, in small letters,
// holds one of schoolSeparators (which are ASCII, in small letters).
func hasSeparatorASCII(value string) bool {
	for i := 0; i < len(value); i++ {
		if !separatorStart[value[i]] {
			continue // no separator starts with a letter: most bytes
		}
		for _, sep := range schoolSeparators {
			if len(value)-i >= len(sep) && asciiFoldPrefix(value[i:], sep) {
				return true
			}
		}
	}
	return false
}

// separatorStart marks the first bytes of schoolSeparators, in both cases.
var separatorStart = func() (start [256]bool) {
	for _, sep := range schoolSeparators {
		start[sep[0]] = true
		start[strings.ToUpper(sep[:1])[0]] = true
	}
	return start
}()

// asciiFoldPrefix reports whether s starts with lower, a string in small
// ASCII letters, ignoring the case of ASCII letters in s.
func asciiFoldPrefix(s, lower string) bool {
	for j := 0; j < len(lower); j++ {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[j] {
			return false
		}
	}
	return true
}

// isSchoolName reports whether lower, a name in lower case, ends with a
// school word and is more than the kind of school.
func isSchoolName(lower string) bool {
	if lower == "" || schoolKinds[lower] {
		return false
	}
	for _, w := range schoolWords {
		if strings.HasSuffix(lower, w) {
			return true
		}
	}
	return false
}

// schoolSeveralProblems is the error on a School cell that names more
// than one school (tester T60): the platform takes one school per person,
// the one where they work most, so the user chooses.
func schoolSeveralProblems(dst []Problem, row *roster.Row) []Problem {
	names := severalSchools(strings.TrimSpace(row.Values[roster.School]))
	if names == nil {
		return dst
	}
	fix := &Fix{Label: i18n.T("Choose the school")}
	for _, name := range names {
		fix.Choices = append(fix.Choices, Fix{Label: i18n.T("Change to %q", name), Value: name})
	}
	return append(dst, Problem{Row: row.ID, Field: roster.School, Severity: CodeSchoolSeveral.Severity(), Code: CodeSchoolSeveral,
		Message: i18n.T("names %d schools: the platform takes one school per person, the one where they work most, so choose one", len(names)),
		Fix:     fix})
}
