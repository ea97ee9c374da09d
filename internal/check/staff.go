package check

import (
	"slices"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// identityRule holds the two duplicate rules, of the address and of the
// SSO id, and says a group of rows that are all teachers at two or more
// schools as one problem on each row's School, in place of the duplicate
// errors: that is the same teacher listed once per school, as school
// systems export them, and the cure is to keep one row, not to give each
// row its own address.
//
// Only teacher rows are tracked beyond the duplicate indexes, per key with
// their schools. An edit re-counts the teacher rows of the two groups the
// edited row is in, which are few: a teacher works at a handful of
// schools.
type identityRule struct {
	email, ssoid *duplicateRule
	// teachers holds the keys and the school each indexed teacher row was
	// counted under.
	teachers map[roster.RowID]teacherRow
	// byEmail and bySSOID hold the teacher rows of each key.
	byEmail, bySSOID map[string]*staffGroup
	// merged counts the rows on which two duplicate errors (address and
	// SSO id) became one staff problem, for counts.
	merged int
}

type teacherRow struct{ email, ssoid, school string }

func newIdentityRule(rows int) *identityRule {
	return &identityRule{
		email: newDuplicateRule(roster.Email, CodeEmailDuplicate, i18n.T("address"), roster.EmailKey, rows),
		// Many lists have no SSO ids: room for them is made when they come
		// (addAll), not up front for every row.
		ssoid:    newDuplicateRule(roster.SSOID, CodeSSOIDDuplicate, i18n.T("SSO id"), roster.SSOIDKey, 0),
		teachers: map[roster.RowID]teacherRow{},
		byEmail:  map[string]*staffGroup{}, bySSOID: map[string]*staffGroup{},
	}
}

// isTeacher reports whether a role is a teacher's, without the cost of
// parsing the words the upload file itself uses.
func isTeacher(role string) bool {
	switch role {
	case "student":
		return false
	case "teacher":
		return true
	}
	return roster.ParseRole(role) == roster.Teacher
}

func (r *identityRule) add(row *roster.Row) {
	ke := r.email.index.addKey(row.ID, r.email.index.key(row))
	r.addKeyed(row, ke, r.ssoid.index.add(row))
}

// addAll adds rows as add would one after the other; emailKeys are their
// addresses' keys (roster.EmailKey), worked out already. The duplicate
// indexes count their shared rows once at the end (addKeyBulk): with
// a key per row, a large list costs half the map operations.
func (r *identityRule) addAll(rows []*roster.Row, emailKeys []string) {
	// The keys' bytes, so that the indexes copy them in at once: the SSO
	// ids' before trimming, which is at most that.
	emailBytes, ssoids, ssoidBytes := 0, 0, 0
	for i, row := range rows {
		emailBytes += len(emailKeys[i])
		if v := row.Values[roster.SSOID]; v != "" {
			ssoids++
			ssoidBytes += len(v)
		}
	}
	r.email.index.reserve(len(rows), emailBytes, len(rows))
	if ssoids > 0 {
		r.ssoid.index.reserve(ssoids, ssoidBytes, len(rows))
	}
	for i, row := range rows {
		ke := r.email.index.addKeyBulk(row.ID, emailKeys[i])
		r.addKeyed(row, ke, r.ssoid.index.addKeyBulk(row.ID, r.ssoid.index.key(row)))
	}
	r.email.index.recount()
	r.ssoid.index.recount()
}

// addKeyed counts a row, indexed already under its keys ke and ks in the
// duplicate indexes, among the teachers.
func (r *identityRule) addKeyed(row *roster.Row, ke, ks string) {
	teacher := isTeacher(row.Values[roster.Role]) && (ke != "" || ks != "")
	if !teacher && r.byEmail[ke] == nil && r.bySSOID[ks] == nil {
		return // no teacher shares a key with the row: nothing merged changes
	}
	// Before the row came, the indexes had one row fewer under its keys.
	before := r.mergedIn(ke, ks, row.ID)
	if teacher {
		t := teacherRow{email: ke, ssoid: ks, school: roster.SchoolKey(row.Values[roster.School])}
		r.teachers[row.ID] = t
		join(r.byEmail, ke, row.ID, t.school)
		join(r.bySSOID, ks, row.ID, t.school)
	}
	r.merged += r.mergedIn(ke, ks, 0) - before
}

func (r *identityRule) remove(id roster.RowID) {
	ke, _ := r.email.index.keyAt(id)
	ks, _ := r.ssoid.index.keyAt(id)
	before := r.mergedIn(ke, ks, 0)
	r.email.remove(id)
	r.ssoid.remove(id)
	if t, ok := r.teachers[id]; ok {
		leave(r.byEmail, t.email, id, t.school)
		leave(r.bySSOID, t.ssoid, id, t.school)
		delete(r.teachers, id)
	}
	r.merged += r.mergedIn(ke, ks, 0) - before
}

// staffKey reports whether the rows of key k in a duplicate index are all
// teachers, at two or more schools; the row without, when indexed, is
// left out of the index's count (0 leaves out none).
func staffKey(x *groupIndex, groups map[string]*staffGroup, k string, without roster.RowID) bool {
	g := groups[k]
	if g == nil || len(g.schools) < 2 {
		return false
	}
	n := x.rowsOf(k)
	if x.hasKey(without, k) {
		n--
	}
	return len(g.ids) == n
}

// staffOf returns which of a row's groups, by address and by SSO id, are
// one teacher at several schools.
func (r *identityRule) staffOf(id roster.RowID) (t teacherRow, byEmail, bySSOID bool) {
	return r.staffWithout(id, 0)
}

func (r *identityRule) staffWithout(id, without roster.RowID) (t teacherRow, byEmail, bySSOID bool) {
	t, ok := r.teachers[id]
	if !ok {
		return t, false, false
	}
	return t, t.email != "" && staffKey(r.email.index, r.byEmail, t.email, without),
		t.ssoid != "" && staffKey(r.ssoid.index, r.bySSOID, t.ssoid, without)
}

// mergedIn counts the merged rows, whose two duplicate errors are one
// staff problem, among the teacher rows of address ke and SSO id ks: the
// only rows whose state an edit of a row with those keys can change. The
// row without is left out of the indexes' counts.
func (r *identityRule) mergedIn(ke, ks string, without roster.RowID) int {
	merged := func(id roster.RowID) bool {
		_, e, s := r.staffWithout(id, without)
		return e && s
	}
	n := 0
	if g := r.byEmail[ke]; g != nil && ke != "" {
		for _, id := range g.ids {
			if merged(id) {
				n++
			}
		}
	}
	if g := r.bySSOID[ks]; g != nil && ks != "" {
		for _, id := range g.ids {
			if (ke == "" || r.teachers[id].email != ke) && merged(id) {
				n++
			}
		}
	}
	return n
}

// problems appends the row's duplicate errors, where a group that is one
// teacher at several schools says so instead; when both the address and
// the SSO id are such groups, they say it once, for all their rows.
func (r *identityRule) problems(dst []Problem, id roster.RowID) []Problem {
	if r.email.index.shared == 0 && r.ssoid.index.shared == 0 {
		// No address or SSO id is on two rows: no duplicate, and no
		// teacher at several schools, whose rows share one. Listing the
		// problems of a list without duplicates asks no index of a row.
		return dst
	}
	t, e, s := r.staffOf(id)
	if !e {
		dst = r.email.problems(dst, id)
	}
	if !s {
		dst = r.ssoid.problems(dst, id)
	}
	if !e && !s {
		return dst
	}
	var ids []roster.RowID
	schools := map[string]bool{}
	var groups []*staffGroup
	if e {
		groups = append(groups, r.byEmail[t.email])
	}
	if s {
		groups = append(groups, r.bySSOID[t.ssoid])
	}
	for _, g := range groups {
		ids = append(ids, g.ids...)
		for _, sc := range g.schools {
			schools[sc.school] = true
		}
	}
	slices.Sort(ids)
	return append(dst, staffProblem(id, slices.Compact(ids), len(schools)))
}

// staffProblem is the error on each of the rows ids of one teacher at
// schools schools.
func staffProblem(id roster.RowID, ids []roster.RowID, schools int) Problem {
	return Problem{Row: id, Field: roster.School, Severity: CodeStaffSchools.Severity(), Code: CodeStaffSchools,
		Message: i18n.T("the same teacher is on %d rows for %d schools: the upload file allows one school per person", len(ids), schools),
		Fix:     &Fix{Label: i18n.T("Keep one row, at the main school"), Keep: ids}}
}

// counts: every row of a duplicate group has one error per shared key
// (a duplicate error or a staff problem in its place), except a merged
// row, whose two are one.
func (r *identityRule) counts() (errors, warnings int) {
	return r.email.index.shared + r.ssoid.index.shared - r.merged, 0
}

func (r *identityRule) severity(id roster.RowID, f roster.Field) (Severity, bool) {
	_, e, s := r.staffOf(id)
	if (e || s) && f == roster.School {
		return Error, true
	}
	if _, ok := r.email.severity(id, f); ok && !e {
		return Error, true
	}
	if _, ok := r.ssoid.severity(id, f); ok && !s {
		return Error, true
	}
	return Error, false
}
