package schooldata

import (
	"slices"
	"strings"
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// org is an organisation of an export: a school, a district or
// municipality, a Huvudman.
type org struct {
	name string
	// kind is the organisation's type in lower case ("school",
	// "district", "skolenhet", "huvudman").
	kind   string
	parent string
	// code is an SS12000 municipalityCode, or "".
	code string
}

// person is one person of an export, joined from its entity files, before
// one school and one class are picked.
type person struct {
	// line is the row number the user sees: the line in the people's
	// CSV file, or the place in the persons' list.
	line int
	// ids are what a protected list may name the person by: sourcedId,
	// username, addresses.
	ids                  []string
	email, given, family string
	ssoid                string
	// privateEmail says the export gave the person a private address
	// only, which is not their login: email is "".
	privateEmail bool
	// emailFromUsername says the export had no email for the person, and
	// email is their username, an address.
	emailFromUsername bool
	student, teacher  bool
	// other lists the person's roles valid on the date that are neither
	// student nor teacher.
	other []string
	// dated says the person had roles, enrolments or duties, none valid
	// on the date.
	dated bool
	// datedStudent says some of those were a student's.
	datedStudent bool
	// schools are the ids of the candidate schools; primary the one
	// marked primary, or "".
	schools []string
	primary string
	classes []class
	// protected says the person has protected identity; mark is the mark
	// value read ("" when none was read), for the warning on an unclear one.
	protected bool
	mark      string
	extra     []string
	// twice are the person's further records that differ from the first.
	twice []twice
}

// alsoListed takes in a second record of person p: its protection (any
// record's protects), its mark, and ids to find it by.
func (p *person) alsoListed(twice *person, ids ...string) {
	p.protected = p.protected || twice.protected
	if p.mark == "" {
		p.mark = twice.mark
	}
	p.ids = append(p.ids, ids...)
}

func (p *person) addSchool(id string) {
	if id != "" && !contains(p.schools, id) {
		p.schools = append(p.schools, id)
	}
}

// class is a candidate class of a person: its name, and the id of the
// school it belongs to ("" when the export does not say).
type class struct {
	name, school string
}

func (p *person) addClass(name, school string) {
	c := class{name, school}
	if name != "" && !slices.Contains(p.classes, c) {
		p.classes = append(p.classes, c)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// day returns the date of opts as yyyy-mm-dd, today when zero.
func day(opts Options) string {
	d := opts.Date
	if d.IsZero() {
		d = time.Now()
	}
	return d.Format("2006-01-02")
}

// valid reports whether a span from start to end is valid on the export
// date (validOn), and records the days on which it turns.
func (b *builder) valid(start, end string) bool {
	b.res.Turns.Span(datePart(start), datePart(end))
	return validOn(start, end, b.today)
}

// validOn reports whether a span from start to end (dates or date-times,
// either empty for open) holds day. A bound that is no date does not
// bound.
func validOn(start, end, day string) bool {
	if s := datePart(start); s != "" && s > day {
		return false
	}
	if e := datePart(end); e != "" && e < day {
		return false
	}
	return true
}

// datePart returns the yyyy-mm-dd a value starts with, or "".
func datePart(v string) string {
	v = strings.TrimSpace(v)
	if len(v) < 10 {
		return ""
	}
	if _, err := time.Parse("2006-01-02", v[:10]); err != nil {
		return ""
	}
	return v[:10]
}

// teacherWord reports whether a role or dutyRole value is read as a
// teacher's: one the user named, or a teaching role by the rule a flat
// file's job titles follow (roster.TeachingRole: "teacher", "Lärare",
// "Förstelärare", "Specialpedagog", but never a trainee's or an
// assistant's title, "Opettajaharjoittelija", "Lärarassistent").
func teacherWord(v string, opts Options) bool {
	for _, t := range opts.TeacherRoles {
		if strings.EqualFold(strings.TrimSpace(t), v) {
			return true
		}
	}
	return roster.TeachingRole(v)
}

// studentWord reports whether a role value is a pupil's.
func studentWord(v string) bool { return roster.ParseRole(v) == roster.Student }

// markProtected reads a protection mark value of person p.
func (p *person) markProtected(v string) {
	m := roster.ReadMark(v)
	if m.Protected() {
		p.protected = true
		if m == roster.MarkOther {
			p.mark = v
		}
	}
}

// placeholderCheck protects a row whose name or address stands in for a
// hidden identity, with a warning on each such cell.
func placeholderCheck(res *Result, row *roster.Row) {
	if ps := check.Placeholders(row, res.Columns); ps != nil {
		row.Protected = true
		res.Problems = append(res.Problems, ps...)
	}
}
