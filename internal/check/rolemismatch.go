package check

import (
	"strings"
	"unicode"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// pupilWords are the words that say pupils, in a part of an address's
// domain (@elev.ale.se) or in the name of the sheet a row came from
// (Elever); staffWords say staff. Lower case.
var (
	pupilWords = map[string]bool{
		"elev": true, "elever": true, "eleverna": true, "elevlista": true, "elevlistan": true, "elevlistor": true,
		"oppilas": true, "oppilaat": true, "oppilaslista": true, "pupil": true, "pupils": true,
		"student": true, "students": true, "stud": true,
	}
	staffWords = map[string]bool{
		"lärare": true, "larare": true, "lärarna": true, "personal": true, "personalen": true, "personallista": true,
		"staff": true, "teacher": true, "teachers": true, "opettaja": true, "opettajat": true,
		"henkilökunta": true, "henkilokunta": true, "henkilöstö": true, "henkilosto": true,
	}
)

// roleMismatch is the error on a row whose role disagrees with what else
// the row says (tester T40): a "teacher" with a class whose address is on
// a pupils' domain or who was read from the pupils' sheet of a list of
// several sheets, or a "student" without a class on a staff domain or a
// staff sheet. Exporting such a row
// as its role says would give a pupil a teacher's account, or the other
// way round, so the user picks: change the role, or settle the class.
// It returns false when nothing else speaks against the role.
func roleMismatch(row *roster.Row, kind roster.RoleKind, class string, x rowContext) (Problem, bool) {
	words := pupilWords
	if kind == roster.Student {
		words = staffWords
	}
	why, ok := evidenceOf(row, words, x)
	if !ok {
		return Problem{}, false
	}
	p := Problem{Row: row.ID, Field: roster.Role, Severity: CodeRoleMismatch.Severity(), Code: CodeRoleMismatch}
	if kind == roster.Teacher {
		p.Message = i18n.T("the role says teacher, but the row has the class %s and %s: a pupil whose role is wrong, or a teacher?", class, why)
		p.Fix = &Fix{Label: i18n.T("Make the person a student, or a teacher without a class"), Choices: []Fix{
			{Label: i18n.T("Change to %q", "student"), Value: "student"},
			{Label: i18n.T("A teacher: clear the class"), SetField: true, Field: roster.Class},
		}}
		return p, true
	}
	p.Message = i18n.T("the role says student, but the row has no class and %s: a member of staff whose role is wrong, or a pupil whose class is missing?", why)
	p.Fix = &Fix{Label: i18n.T("Make the person a teacher, or leave the row out of the file"), Choices: []Fix{
		{Label: i18n.T("Change to %q", "teacher"), Value: "teacher"},
		{Label: i18n.T("Leave out of the file"), LeaveOut: true},
	}}
	return p, true
}

// evidenceOf says, in words for a message, what of the row has one of
// words: a part of its address's domain, or the name of its sheet.
func evidenceOf(row *roster.Row, words map[string]bool, x rowContext) (i18n.Text, bool) {
	email := strings.TrimSpace(row.Values[roster.Email])
	if at := strings.LastIndexByte(email, '@'); at >= 0 {
		domain := strings.ToLower(email[at+1:])
		for _, label := range strings.Split(domain, ".") {
			if words[label] {
				return i18n.T("an address at %s", domain), true
			}
		}
	}
	// A sheet's name tells pupils from staff only where the list was
	// read from several (an "Elever" and a "Lärare" sheet): a list kept on
	// one sheet or in one file called Elever or elevlista.csv often holds
	// the mentors with their classes too.
	if x.roster == nil || len(x.roster.Sources) < 2 {
		return i18n.Text{}, false
	}
	if s, ok := x.roster.SourceOf(row); ok && s.Sheet != "" && saysOnly(s.Sheet, words) {
		return i18n.T("it is on the sheet %q", s.Sheet), true
	}
	return i18n.Text{}, false
}

// saysOnly reports whether name, split into words at anything but a
// letter ("Elever 9A", "elevlista_ht26"), has one of words and none of
// the other kind's: "elever_och_larare.xlsx" says neither.
func saysOnly(name string, words map[string]bool) bool {
	found := false
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch {
		case words[w]:
			found = true
		case pupilWords[w] || staffWords[w]:
			return false
		}
	}
	return found
}
