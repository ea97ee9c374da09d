package schooldata

import (
	"slices"
	"strings"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// twice is a second record of a person that differs from the first in
// what the upload file takes: its row, and the fields that differ.
type twice struct {
	line   int
	fields []string
}

// compare notes in p a second record of the person, other, read on row
// line, when it differs from p in a name, the address, the SSOID or the
// schools: which record is right is not known, so the builder makes it
// an error rather than take the first.
func (p *person) compare(other *person, line int) {
	var fields []string
	for _, f := range []struct {
		field roster.Field
		a, b  string
	}{
		{roster.FirstName, p.given, other.given}, {roster.LastName, p.family, other.family},
		{roster.Email, p.email, other.email}, {roster.SSOID, p.ssoid, other.ssoid},
	} {
		if !strings.EqualFold(strings.TrimSpace(f.a), strings.TrimSpace(f.b)) {
			fields = append(fields, f.field.String())
		}
	}
	if other.schools != nil && !sameSet(p.schools, other.schools) {
		fields = append(fields, roster.School.String())
	}
	if fields != nil {
		p.twice = append(p.twice, twice{line, fields})
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(slices.Compact(a), slices.Compact(b))
}

// twiceProblems adds the error person_twice for each second record of
// person p that differs from the first, unless p has protected identity
// and is left out whatever the records say.
func (b *builder) twiceProblems(p *person) {
	if p.protected {
		return
	}
	for _, t := range p.twice {
		b.res.Problems = append(b.res.Problems, check.Problem{Field: roster.NoField,
			Severity: check.CodePersonTwice.Severity(), Code: check.CodePersonTwice,
			Message: i18n.T("%s lists one person twice, on rows %d and %d, and the two records differ in %s: which one is right is not known, so nothing is exported; remove the wrong record from the export, or save its pages again (pages that overlap)",
				b.res.PeopleFile, p.line, t.line, strings.Join(t.fields, ", "))})
	}
}
