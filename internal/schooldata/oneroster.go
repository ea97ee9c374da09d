package schooldata

import (
	"strings"

	"rosterdesk/internal/roster"
)

// oneRosterUserColumns are the columns of OneRoster 1.1 users.csv, in
// lower case.
var oneRosterUserColumns = map[string]bool{
	"sourcedid": true, "status": true, "datelastmodified": true, "enableduser": true, "orgsourcedids": true,
	"role": true, "username": true, "userids": true, "givenname": true, "familyname": true, "middlename": true,
	"identifier": true, "email": true, "sms": true, "phone": true, "agentsourcedids": true, "grades": true,
}

// readOneRoster joins the files of a OneRoster 1.1 CSV export: users.csv
// the people and their roles, enrollments.csv their schools and classes
// (valid on the date), classes.csv which classes are homerooms, orgs.csv
// the schools and the district.
func readOneRoster(fs *files, opts Options) (*Result, error) {
	orgsT, err := readTable(fs, "orgs.csv", true, "sourcedId", "name", "type")
	if err != nil {
		return nil, err
	}
	users, err := readTable(fs, "users.csv", true, "sourcedId", "role", "username")
	if err != nil {
		return nil, err
	}
	classes, err := readTable(fs, "classes.csv", false, "sourcedId", "title", "classType")
	if err != nil {
		return nil, err
	}
	enrol, err := readTable(fs, "enrollments.csv", false, "classSourcedId", "userSourcedId", "role")
	if err != nil {
		return nil, err
	}
	res := &Result{Format: OneRoster, PeopleFile: "users.csv", Columns: map[roster.Field]string{
		roster.Email: "users.csv email", roster.FirstName: "users.csv givenName", roster.LastName: "users.csv familyName",
		roster.Class: "classes.csv title", roster.School: "orgs.csv name", roster.Municipality: "orgs.csv name",
		roster.Role: "users.csv role", roster.SSOID: "users.csv username"}}
	b, orgs, cols := startCSV(res, opts, orgsT, users, oneRosterUserColumns)
	people, order := csvPeople(users, cols, "username", func(i int) bool { return deleted(users, i) }, func(p *person, i int) {
		role := users.get(i, "role")
		switch {
		case strings.EqualFold(users.get(i, "enabledUser"), "false"):
			p.dated = true
		case studentWord(role):
			p.student = true
		case teacherWord(role, opts):
			p.teacher = true
		default:
			p.other = append(p.other, role)
		}
		for _, o := range strings.Split(users.get(i, "orgSourcedIds"), ",") {
			if org := orgs[strings.TrimSpace(o)]; org != nil && org.kind == "school" {
				p.addSchool(strings.TrimSpace(o))
			}
		}
	})
	sess, err := readSessions(fs, b)
	if err != nil {
		return nil, err
	}
	// The homerooms, and the classes of terms that all ended before the
	// date, whose enrolments count as ended ones.
	homerooms := make(map[string]class, classes.len())
	ended := map[string]bool{}
	for i := 0; i < classes.len(); i++ {
		id := classes.get(i, "sourcedId")
		if !sess.current(classes.get(i, "termSourcedIds")) {
			ended[id] = true
			continue
		}
		if strings.EqualFold(classes.get(i, "classType"), "homeroom") && !deleted(classes, i) {
			homerooms[id] = class{classOfGroup(classes.get(i, "title")), classes.get(i, "schoolSourcedId")}
		}
	}
	// A person with enrolments takes schools from those valid on the date
	// only: one whose enrolments all ended has left.
	enrolled := map[*person][]string{}
	primary := map[*person][]string{}
	for i := 0; i < enrol.len(); i++ {
		p := people[enrol.get(i, "userSourcedId")]
		if p == nil || deleted(enrol, i) {
			continue
		}
		if _, ok := enrolled[p]; !ok {
			enrolled[p] = nil
		}
		if !b.valid(enrol.get(i, "beginDate"), enrol.get(i, "endDate")) || ended[enrol.get(i, "classSourcedId")] {
			continue
		}
		if s := enrol.get(i, "schoolSourcedId"); s != "" {
			enrolled[p] = append(enrolled[p], s)
			if strings.EqualFold(enrol.get(i, "primary"), "true") && !contains(primary[p], s) {
				primary[p] = append(primary[p], s)
			}
		}
		if c := homerooms[enrol.get(i, "classSourcedId")]; studentWord(enrol.get(i, "role")) {
			p.addClass(c.name, c.school)
		}
	}
	for p, schools := range enrolled {
		if len(schools) == 0 {
			p.datedStudent = p.student
			p.student, p.teacher, p.other, p.dated = false, false, nil, true
			continue
		}
		p.schools = nil
		for _, s := range schools {
			p.addSchool(s)
		}
		// A teacher who is the primary teacher of classes at one school
		// only works there most.
		if p.teacher && len(primary[p]) == 1 && len(p.schools) > 1 {
			p.primary = primary[p][0]
		}
	}
	b.addAll(order)
	noMarks(res, opts)
	return res, nil
}

// deleted reports whether record i of t has the status tobedeleted.
func deleted(t *table, i int) bool { return strings.EqualFold(t.get(i, "status"), "tobedeleted") }
