package schooldata

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// The extra columns in which a person's candidates are kept when the
// export does not say which one is theirs.
const (
	ClassChoicesColumn  = roster.ClassChoicesColumn
	SchoolChoicesColumn = "School choices"
)

// builder turns the people of an export into the rows of a roster.
type builder struct {
	res  *Result
	opts Options
	orgs map[string]*org
	// municipalities caches the municipality of each school id.
	municipalities map[string]string
	// fromCode counts the schools named by the code table, by the
	// municipality read.
	fromCode map[string]string
	// replaced counts the rows whose municipality in the export the
	// user's replaced, by that municipality.
	replaced map[string]int
	// left counts the people left out by role value; dated those without
	// anything valid on the date; listed those the protected list named;
	// choices those with several candidates.
	left                   map[string]int
	dated, listed, choices int
	// private counts the rows left without an address, as the export
	// gave the person a private one only.
	private int
	// usernames counts the rows whose address is the username, as the
	// export gave no email.
	usernames int
	// students counts the student rows; datedStudents the people left
	// out whose enrolments or student roles are all outside the date.
	students, datedStudents int
	// protectedList finds the lines of the protected list by their
	// value in lower case; matched says which lines named someone.
	protectedList          map[string][]int
	matched                []bool
	classColumn, schoolCol int
	// today is the export date as yyyy-mm-dd.
	today string
}

func newBuilder(res *Result, opts Options, orgs map[string]*org, extra []string) *builder {
	res.Roster = roster.New()
	res.Roster.ExtraColumns = append([]string(nil), extra...)
	b := &builder{res: res, opts: opts, orgs: orgs, municipalities: map[string]string{},
		fromCode: map[string]string{}, replaced: map[string]int{}, left: map[string]int{}, classColumn: -1, schoolCol: -1, today: day(opts)}
	if len(opts.ProtectedList) > 0 {
		b.protectedList = make(map[string][]int, len(opts.ProtectedList))
		b.matched = make([]bool, len(opts.ProtectedList))
		for i, e := range opts.ProtectedList {
			if v := strings.ToLower(strings.TrimSpace(e.Value)); v != "" {
				b.protectedList[v] = append(b.protectedList[v], i)
			}
		}
	}
	return b
}

// add makes the rows of person p: none for one who is neither student nor
// teacher on the date; one for a student; one per school for a teacher
// with several and none marked primary, which the checker's staff rule
// then asks the user to choose among.
func (b *builder) add(p *person) {
	b.twiceProblems(p)
	role := roster.NoRole
	switch {
	case p.teacher:
		role = roster.Teacher
	case p.student:
		role = roster.Student
	}
	if role == roster.NoRole {
		if p.datedStudent {
			b.datedStudents++
		}
		if len(p.other) > 0 {
			for _, r := range p.other {
				b.left[r]++
			}
		} else {
			b.dated++
		}
		return
	}
	schools := p.schools
	if p.primary != "" {
		schools = []string{p.primary}
	}
	var base [roster.NumFields]string
	base[roster.Email], base[roster.FirstName], base[roster.LastName] = p.email, p.given, p.family
	base[roster.Role], base[roster.SSOID] = role.String(), p.ssoid
	var extra []string
	if role == roster.Student {
		own, other := b.classesAt(p.classes, schools)
		switch {
		case len(own) == 1:
			base[roster.Class] = own[0]
		case len(own) > 1:
			extra = b.setChoice(extra, &b.classColumn, ClassChoicesColumn, own)
		case len(other) > 0:
			// The only classes are another school's: not the pupil's
			// class at this one, so the class stays empty and the
			// checker's missing class names them.
			extra = b.setChoice(extra, &b.classColumn, ClassChoicesColumn, other)
		}
		if len(own) > 1 || len(schools) > 1 {
			b.choices++
		}
		if len(schools) > 1 {
			names := make([]string, len(schools))
			for i, s := range schools {
				names[i] = b.schoolName(s)
			}
			extra = b.setChoice(extra, &b.schoolCol, SchoolChoicesColumn, names)
			schools = nil
		}
	} else if len(schools) > 1 {
		b.choices++
	}
	if len(schools) == 0 {
		schools = []string{""}
	}
	if role == roster.Student {
		b.students++
	}
	listed := b.listed0(p)
	for _, s := range schools {
		row := b.res.Roster.NewRow()
		row.SourceLine = p.line
		row.Values = base
		row.Values[roster.School] = b.schoolName(s)
		row.Values[roster.Municipality] = b.municipality(s)
		row.Extra = mergeExtra(p.extra, extra)
		row.Protected = p.protected || listed
		if p.mark != "" {
			b.res.Problems = append(b.res.Problems, check.ProtectedValue(row.ID, b.res.ProtectedColumn, p.mark))
		}
		placeholderCheck(b.res, row)
		b.res.Roster.Rows = append(b.res.Roster.Rows, row)
	}
	if listed {
		b.listed++
	}
	if p.privateEmail {
		b.private++
	}
	if p.emailFromUsername {
		b.usernames++
	}
}

// classesAt splits the candidate classes of a student at schools (ids):
// the names of those of one of the schools, or of no school the export
// names; and those of another school, each written with its school,
// "9A (Söderskolan)". With no school known, every class is the
// student's.
func (b *builder) classesAt(classes []class, schools []string) (own, other []string) {
	for _, c := range classes {
		if c.school == "" || len(schools) == 0 || slices.Contains(schools, c.school) {
			if !slices.Contains(own, c.name) {
				own = append(own, c.name)
			}
			continue
		}
		name := c.name
		if s := b.schoolName(c.school); s != "" {
			name += " (" + s + ")"
		}
		if !slices.Contains(other, name) {
			other = append(other, name)
		}
	}
	return own, other
}

// listed0 reports whether the protected list names person p.
func (b *builder) listed0(p *person) bool {
	listed := false
	for _, id := range p.ids {
		for _, i := range b.protectedList[strings.ToLower(strings.TrimSpace(id))] {
			b.matched[i], listed = true, true
		}
	}
	return listed
}

// setChoice keeps the candidates of a person in the extra column named
// name, made on first use.
func (b *builder) setChoice(extra []string, col *int, name string, values []string) []string {
	if *col < 0 {
		*col = b.res.Roster.AddExtraColumn(name)
	}
	if len(extra) <= *col {
		extra = append(extra, make([]string, *col+1-len(extra))...)
	}
	extra[*col] = strings.Join(values, roster.ChoiceSeparator)
	return extra
}

// mergeExtra returns the person's extra values with the choices laid over
// them, in a new slice.
func mergeExtra(base, choices []string) []string {
	n := max(len(base), len(choices))
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	copy(out, base)
	for i, v := range choices {
		if v != "" {
			out[i] = v
		}
	}
	return out
}

func (b *builder) schoolName(id string) string {
	if o := b.orgs[id]; o != nil {
		return strings.TrimSpace(o.name)
	}
	return ""
}

// finish adds the notices of what the rows left out or chose, and the
// problems of the protected list and the date.
func (b *builder) finish() {
	res := b.res
	b.unmatchedLines()
	b.checkDate()
	if len(b.left) > 0 {
		res.Notices = append(res.Notices, Notice{NoticeRolesLeftOut,
			i18n.T("people left out whose roles are neither student nor teacher: %s", counted(b.left))})
	}
	if b.dated > 0 {
		res.Notices = append(res.Notices, Notice{NoticeNotValid,
			i18n.T("people left out with no role, enrolment or duty valid on %s: %d", day(b.opts), b.dated)})
	}
	if len(b.fromCode) > 0 {
		names := make([]string, 0, len(b.fromCode))
		for name, code := range b.fromCode {
			names = append(names, fmt.Sprintf("%s (%s)", name, code))
		}
		sort.Strings(names)
		res.Notices = append(res.Notices, Notice{NoticeMunicipalityKey,
			i18n.T("named the municipality from its code in the built-in table, as the school's organiser is no municipality: %s", strings.Join(names, ", "))})
	}
	if len(b.replaced) > 0 {
		res.Notices = append(res.Notices, Notice{NoticeMunicipalityGiven,
			i18n.T("Municipality %q on every row, as given, in place of the municipality the export names: %s", b.opts.Municipality, counted(b.replaced))})
	}
	if b.private > 0 {
		res.Notices = append(res.Notices, Notice{NoticePrivateEmail,
			i18n.T("people whose only address in the export is a private one: %d; it is their login on the platform, so it is not used: write their school address", b.private)})
	}
	if b.usernames > 0 {
		res.Notices = append(res.Notices, Notice{NoticeEmailFromUsername,
			i18n.T("people without an email in users.csv whose username is an address: %d; their username is read as their email", b.usernames)})
	}
	if b.choices > 0 {
		res.Notices = append(res.Notices, Notice{NoticeChoices,
			i18n.T("people with several classes or schools, none marked primary: %d; choose one for each (staff: Choose…; students: the columns %q and %q list the choices)", b.choices, ClassChoicesColumn, SchoolChoicesColumn)})
	}
	if b.listed > 0 {
		res.Notices = append(res.Notices, Notice{NoticeProtectedList,
			i18n.T("people marked as protected identity by the protected list: %d; they are never exported", b.listed)})
	}
}

// checkDate says when the export date leaves people out wholesale: an
// error when no one at all is valid on it (every enrolment, role and
// duty ended before it or starts after it: an upload file of no one is
// surely the wrong day or the wrong export), a warning when no student
// is (a summer export: the upload file would hold staff only). People
// left out one by one are counted in a notice.
func (b *builder) checkDate() {
	switch {
	case len(b.res.Roster.Rows) == 0 && (b.dated > 0 || b.datedStudents > 0):
		b.res.Problems = append(b.res.Problems, check.Problem{Field: roster.NoField,
			Severity: check.CodeNoneValidOnDate.Severity(), Code: check.CodeNoneValidOnDate,
			Message: i18n.T("no one in the export has an enrolment, role or duty valid on %s, so the list is empty: read the export for the day it was made (the date in Export for upload, then Read again; roster: --date yyyymmdd), or take a newer export", day(b.opts))})
	case b.students == 0 && b.datedStudents > 0:
		b.res.Problems = append(b.res.Problems, check.Problem{Field: roster.NoField,
			Severity: check.CodeNotValidOnDate.Severity(), Code: check.CodeNotValidOnDate,
			Message: i18n.T("no student has an enrolment or role valid on %s, so the list holds no student: read the export for the day it was made (the date in Export for upload, then Read again; roster: --date yyyymmdd)", day(b.opts))})
	}
}

// counted lists the values of n, most first, each with its count:
// "administrator ×2, guardian ×1".
func counted(n map[string]int) string {
	keys := make([]string, 0, len(n))
	for k := range n {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if n[keys[i]] != n[keys[j]] {
			return n[keys[i]] > n[keys[j]]
		}
		return keys[i] < keys[j]
	})
	list := make([]string, len(keys))
	for i, k := range keys {
		list[i] = fmt.Sprintf("%s ×%d", k, n[k])
	}
	return strings.Join(list, ", ")
}
