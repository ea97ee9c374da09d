package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// particles are the words of a surname that stay in small letters when
// they come before its last word: "von Essen", "af Klint", "van der Berg".
var particles = map[string]bool{
	"af": true, "av": true, "von": true, "van": true, "der": true, "den": true,
	"de": true, "di": true, "da": true, "del": true, "della": true, "la": true,
	"le": true, "du": true, "zu": true, "ten": true, "ter": true, "dos": true, "das": true,
}

// nameCase says how a name's letters are cased.
type nameCase int

const (
	caseMixed nameCase = iota // as names are written, or too short to tell
	caseUpper                 // every letter a capital: "ANNA-KARIN"
	caseLower                 // every letter small: "anna-karin"
)

// caseOf tells whether every cased letter of v (at least two) is upper
// or every one lower.
func caseOf(v string) nameCase {
	upper, lower := 0, 0
	for _, r := range v {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	switch {
	case upper+lower < 2:
		return caseMixed
	case lower == 0:
		return caseUpper
	case upper == 0:
		return caseLower
	}
	return caseMixed
}

// Capitalise writes a name as names are written: a capital at the start
// of each part (after a space, a hyphen, or an apostrophe that follows a
// single letter, as in O'Neil), small letters elsewhere. In a surname
// (surname true) the particles before its last word stay small:
// "VON ESSEN" → "von Essen", "van der berg" → "van der Berg".
func Capitalise(name string, surname bool) string {
	words := strings.Fields(name)
	for i, w := range words {
		lw := strings.ToLower(w)
		if surname && i < len(words)-1 && particles[lw] {
			words[i] = lw
			continue
		}
		words[i] = capitaliseWord(lw)
	}
	return strings.Join(words, " ")
}

// capitaliseWord capitalises a word in small letters at its start and
// after each hyphen, and after an apostrophe that follows one letter.
func capitaliseWord(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	start, letters := true, 0
	for _, r := range w {
		switch {
		case r == '-':
			b.WriteRune(r)
			start, letters = true, 0
			continue
		case r == '\'' || r == '’':
			b.WriteRune(r)
			start = letters == 1
			continue
		}
		if start && unicode.IsLetter(r) {
			r = unicode.ToUpper(r)
			start = false
		}
		if unicode.IsLetter(r) {
			letters++
		}
		b.WriteRune(r)
	}
	return b.String()
}

// nameCaseProblems warns on a first or last name written all in capitals
// or all in small letters, with the capitalised name as its fix.
func nameCaseProblems(dst []Problem, row *roster.Row) []Problem {
	for _, f := range [...]roster.Field{roster.FirstName, roster.LastName} {
		v := row.Values[f]
		if v == "" || !utf8.ValidString(v) {
			continue
		}
		c := caseOf(v)
		if c == caseMixed {
			continue
		}
		fixed := Capitalise(v, f == roster.LastName)
		if fixed == roster.Tidy(v) {
			continue // "von" alone cannot be told from a name in small letters
		}
		// Neither the message nor the label repeats the name: problems
		// say what is wrong, never whose.
		msg := i18n.T("the name is written all in capitals; names start with a capital letter")
		if c == caseLower {
			msg = i18n.T("the name is written all in small letters; names start with a capital letter")
		}
		dst = append(dst, Problem{Row: row.ID, Field: f, Severity: CodeNameCase.Severity(), Code: CodeNameCase,
			Message: msg, Fix: &Fix{Label: i18n.T("Capitalise the name"), Value: fixed}})
	}
	return dst
}
