package roster

//go:generate go run gen_municipalities.go

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// municipalSuffixes are the words a municipality's (or its
// organisation's) name may end with, in lower case: "Ale kommun",
// "Borås Stad", "Espoon kaupunki".
var municipalSuffixes = []string{" kommun", " stad", " kaupunki", " kunta", " municipality"}

// knownMunicipalities maps each name of the code table, in lower case, to
// its spelling there.
var knownMunicipalities = func() map[string]string {
	m := make(map[string]string, len(municipalityCodes))
	for _, name := range municipalityCodes {
		m[strings.ToLower(name)] = name
	}
	return m
}()

// municipalityNames holds the names of the code table as it spells them.
var municipalityNames = func() map[string]bool {
	m := make(map[string]bool, len(municipalityCodes))
	for _, name := range municipalityCodes {
		m[name] = true
	}
	return m
}()

// finnishGenitives maps the genitive of a Finnish municipality's name, in
// lower case, to its name: "helsingin" (Helsingin kaupunki) to Helsinki.
// A form that two names could have is left out.
var finnishGenitives = func() map[string]string {
	m := make(map[string]string)
	taken := make(map[string]bool)
	for code, name := range municipalityCodes {
		if len(code) != 3 {
			continue
		}
		for _, g := range finnishGenitive(strings.ToLower(name)) {
			if other, ok := m[g]; ok && other != name {
				taken[g] = true
			}
			m[g] = name
		}
	}
	for g := range taken {
		delete(m, g)
	}
	return m
}()

// MunicipalityByCode returns the name of the municipality of a Swedish
// (four-digit) or Finnish (three-digit) code.
func MunicipalityByCode(code string) (string, bool) {
	name, ok := municipalityCodes[strings.TrimSpace(code)]
	return name, ok
}

// MunicipalityCodes returns the names of the municipalities a number
// may be the code of: its own, and, for three digits, the Swedish code
// it is with the leading zero a spreadsheet drops (140 is Iisalmi's code
// and Nykvarn's 0140). It returns nil for what is not a number of three
// or four digits.
func MunicipalityCodes(value string) []string {
	v := strings.TrimSpace(value)
	if len(v) < 3 || len(v) > 4 || strings.Trim(v, "0123456789") != "" {
		return nil
	}
	var names []string
	if name, ok := municipalityCodes[v]; ok {
		names = append(names, name)
	}
	if name, ok := municipalityCodes["0"+v]; ok && len(v) == 3 {
		names = append(names, name)
	}
	return names
}

// MunicipalityName reads the name of a municipality from a value or the
// name of its organisation, by one rule for every kind of source: "Ale
// kommun" is Ale, "Stockholms stad" Stockholm, "Helsingin kaupunki"
// Helsinki, "Falu kommun" Falun, "1440" (its code) Ale,
// "Helsinki/Helsingfors" Helsinki. A name of the built-in table comes out
// in the table's spelling. It reports whether the value is a
// municipality's: a name of the table, or a name ending with a word such
// as kommun, which it then leaves out ("Exempelby kommun" is Exempelby).
// Anything else comes back as it is, its spaces made single.
func MunicipalityName(value string) (string, bool) {
	if municipalityNames[value] {
		return value, true // most rows: no work, nothing allocated
	}
	name := strings.Join(strings.Fields(value), " ")
	if names := MunicipalityCodes(name); len(names) == 1 {
		return names[0], true
	}
	known, bare, ok := municipalityOf(name)
	if ok {
		return known, true
	}
	for _, part := range bilingualParts(name) {
		if known, _, ok := municipalityOf(part); ok {
			return known, true
		}
	}
	if bare != "" {
		return bare, true
	}
	return name, false
}

// municipalityOf returns the table's name for name, with or without a
// municipal suffix, in the genitive that goes with one or not; or, when
// the table has none, name without its suffix ("" when it had none).
func municipalityOf(name string) (known, suffixed string, ok bool) {
	lower := strings.ToLower(name)
	if known, ok := knownMunicipalities[lower]; ok {
		return known, "", true
	}
	for _, s := range municipalSuffixes {
		if strings.HasSuffix(lower, s) && len(lower) > len(s) {
			name, lower = name[:len(name)-len(s)], lower[:len(lower)-len(s)]
			return genitiveOf(lower, name)
		}
	}
	return "", "", false
}

// genitiveOf returns the table's name of lower, the lower-case name that
// stood before a municipal suffix: the name itself, its Swedish genitive
// (Stockholms, Falu) or its Finnish one (Espoon, Turun); else name.
func genitiveOf(lower, name string) (known, suffixed string, ok bool) {
	if known, ok := knownMunicipalities[lower]; ok {
		return known, "", true
	}
	if r, size := utf8.DecodeLastRuneInString(lower); r == 's' {
		if known, ok := knownMunicipalities[lower[:len(lower)-size]]; ok {
			return known, "", true
		}
	}
	// Falu kommun: Falun.
	if known, ok := knownMunicipalities[lower+"n"]; ok && strings.HasSuffix(lower, "u") {
		return known, "", true
	}
	if known, ok := finnishGenitives[lower]; ok {
		return known, "", true
	}
	return "", strings.TrimSpace(name), false
}

// bilingualParts splits a name written in two languages, as
// "Helsinki/Helsingfors" or "Espoo – Esbo", into its parts; nil for a
// name of one part.
func bilingualParts(name string) []string {
	for _, sep := range []string{"/", " – ", " — ", " - "} {
		if strings.Contains(name, sep) {
			parts := strings.Split(name, sep)
			for i := range parts {
				parts[i] = strings.TrimSpace(parts[i])
			}
			return parts
		}
	}
	return nil
}

// MunicipalitiesStarting returns the names of the code table that start
// with prefix, ignoring case and surrounding spaces, in alphabetical
// order, at most max of them: the suggestions as a municipality is typed.
func MunicipalitiesStarting(prefix string, max int) []string {
	prefix = strings.ToLower(strings.TrimSpace(prefix))
	var out []string
	for lower, name := range knownMunicipalities {
		if strings.HasPrefix(lower, prefix) {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out[:min(len(out), max)]
}
