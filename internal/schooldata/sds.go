package schooldata

import (
	"strings"

	"rosterdesk/internal/roster"
)

// sdsUserColumns are the columns of SDS v2.1 users.csv, in lower case.
var sdsUserColumns = map[string]bool{
	"sourcedid": true, "username": true, "givenname": true, "familyname": true,
	"activedirectorymatchid": true, "email": true, "phone": true, "sms": true,
}

// secretColumns are never kept, not even in the working copy.
var secretColumns = map[string]bool{"password": true}

// readSDS joins the files of a School Data Sync v2.1 export: users.csv
// the people, roles.csv their roles at schools, enrollments.csv and
// classes.csv their classes, orgs.csv the schools and the municipality.
func readSDS(fs *files, opts Options) (*Result, error) {
	orgsT, err := readTable(fs, "orgs.csv", true, "sourcedId", "name", "type")
	if err != nil {
		return nil, err
	}
	users, err := readTable(fs, "users.csv", true, "sourcedId", "username")
	if err != nil {
		return nil, err
	}
	roles, err := readTable(fs, "roles.csv", true, "userSourcedId", "orgSourcedId", "role")
	if err != nil {
		return nil, err
	}
	classes, err := readTable(fs, "classes.csv", false, "sourcedId", "title")
	if err != nil {
		return nil, err
	}
	enrol, err := readTable(fs, "enrollments.csv", false, "classSourcedId", "userSourcedId", "role")
	if err != nil {
		return nil, err
	}
	ssoid := "username"
	if strings.EqualFold(opts.SSOID, SSOIDADMatch) {
		ssoid = SSOIDADMatch
	}
	res := &Result{Format: SDS, PeopleFile: "users.csv", Columns: map[roster.Field]string{
		roster.Email: "users.csv email", roster.FirstName: "users.csv givenName", roster.LastName: "users.csv familyName",
		roster.Class: "classes.csv title", roster.School: "orgs.csv name", roster.Municipality: "orgs.csv name",
		roster.Role: "roles.csv role", roster.SSOID: "users.csv " + ssoid}}
	b, _, cols := startCSV(res, opts, orgsT, users, sdsUserColumns)
	people, order := csvPeople(users, cols, ssoid, nil, nil)
	sess, err := readSessions(fs, b)
	if err != nil {
		return nil, err
	}
	for i := range roles.rows {
		p := people[roles.get(i, "userSourcedId")]
		if p == nil {
			continue
		}
		// A role of a session that ended (last school year) counts as
		// one whose end date passed.
		if !b.valid(roles.get(i, "roleStartDate"), roles.get(i, "roleEndDate")) || !sess.current(roles.get(i, "sessionSourcedId")) {
			p.dated = true
			p.datedStudent = p.datedStudent || studentWord(roles.get(i, "role"))
			continue
		}
		role, school := roles.get(i, "role"), roles.get(i, "orgSourcedId")
		switch {
		case studentWord(role):
			p.student = true
		case teacherWord(role, opts):
			p.teacher = true
		default:
			p.other = append(p.other, role)
			continue
		}
		p.addSchool(school)
		if strings.EqualFold(roles.get(i, "isPrimary"), "true") {
			p.primary = school
		}
	}
	// The classes of the sessions valid on the date: last year's 8B is
	// no candidate beside this year's 9B.
	titles := make(map[string]class, classes.len())
	for i := 0; i < classes.len(); i++ {
		if c, ok := ClassOfTitle(classes.get(i, "title")); ok && sess.current(classes.get(i, "sessionSourcedIds")) {
			titles[classes.get(i, "sourcedId")] = class{c, classes.get(i, "orgSourcedId")}
		}
	}
	for i := 0; i < enrol.len(); i++ {
		p := people[enrol.get(i, "userSourcedId")]
		if c := titles[enrol.get(i, "classSourcedId")]; p != nil && studentWord(enrol.get(i, "role")) {
			p.addClass(c.name, c.school)
		}
	}
	b.addAll(order)
	noMarks(res, opts)
	return res, nil
}

// csvOrgs reads the organisations of an orgs.csv (SDS and OneRoster).
func csvOrgs(t *table) map[string]*org {
	orgs := make(map[string]*org, t.len())
	for i := range t.rows {
		orgs[t.get(i, "sourcedId")] = &org{name: t.get(i, "name"), kind: strings.ToLower(t.get(i, "type")),
			parent: t.get(i, "parentSourcedId")}
	}
	return orgs
}
