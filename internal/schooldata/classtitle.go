package schooldata

import (
	"strings"

	"rosterdesk/internal/roster"
)

// ClassOfTitle reads the class of a group title from a format that does
// not mark classes (SDS): a grade and a section ("9A", "9 A", "9A
// 25/26", "klass 9a") is the class "9A"; anything else ("Ma 9 grupp 1",
// "9A Engelska", "9") is a teaching group or no class.
func ClassOfTitle(title string) (string, bool) {
	p := roster.ParseClass(roster.StripSchoolYear(title))
	if p.Form != roster.ClassStandard {
		return "", false
	}
	return p.Canonical, true
}

// classOfGroup reads the class of a group the export marks as a class
// (SS12000 Klass, OneRoster homeroom): the standard form where it has
// one, else its name without the school year, for the checker to judge.
func classOfGroup(title string) string {
	if c, ok := ClassOfTitle(title); ok {
		return c
	}
	return strings.Join(strings.Fields(roster.StripSchoolYear(title)), " ")
}
