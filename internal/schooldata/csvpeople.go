package schooldata

import "strings"

// startCSV readies the reading of a CSV export (SDS, OneRoster) into
// res: the organisations of orgs.csv, and the builder of the rows, with
// the columns of users.csv beyond the format's own (known) as extra
// columns.
func startCSV(res *Result, opts Options, orgsT, users *table, known map[string]bool) (*builder, map[string]*org, userColumns) {
	orgs := csvOrgs(orgsT)
	b := newBuilder(res, opts, orgs, nil)
	cols := readUserColumns(res, users, known, secretColumns, opts)
	res.Roster.ExtraColumns = append(res.Roster.ExtraColumns, cols.names...)
	return b, orgs, cols
}

// csvPeople makes a person of each record of users.csv with a sourcedId,
// the first record of each id, in the file's order: line, name, address,
// the SSOID from the column ssoid, what a protected list may name them
// by, and the extra columns and mark of cols. skip leaves a record out;
// each reads, when not nil, what the format says beyond that.
func csvPeople(users *table, cols userColumns, ssoid string, skip func(i int) bool, each func(p *person, i int)) (map[string]*person, []*person) {
	people := make(map[string]*person, users.len())
	order := make([]*person, 0, users.len())
	for i := range users.rows {
		id := users.get(i, "sourcedId")
		if p, dup := people[id]; dup {
			// A person listed twice is protected when either record
			// protects them (fail closed), and a protected list finds
			// them by either record's names.
			twice := &person{email: users.get(i, "email"), given: users.get(i, "givenName"),
				family: users.get(i, "familyName"), ssoid: users.get(i, ssoid)}
			cols.read(twice, users, i)
			p.alsoListed(twice, users.get(i, "username"), users.get(i, "email"))
			p.compare(twice, users.lines[i])
			continue
		}
		if id == "" || skip != nil && skip(i) {
			continue
		}
		p := &person{line: users.lines[i], email: users.get(i, "email"),
			given: users.get(i, "givenName"), family: users.get(i, "familyName"), ssoid: users.get(i, ssoid)}
		p.ids = []string{id, users.get(i, "username"), p.email}
		if username := users.get(i, "username"); p.email == "" && loginAddress(username) {
			// email is optional in both standards; the username is
			// the login, most often the school address (UPN).
			p.email, p.emailFromUsername = username, true
		}
		cols.read(p, users, i)
		if each != nil {
			each(p, i)
		}
		people[id] = p
		order = append(order, p)
	}
	return people, order
}

// loginAddress reports whether a username is shaped as an address:
// name@domain.tld, no spaces.
func loginAddress(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && !strings.ContainsAny(s, " \t") && strings.Count(s, "@") == 1 &&
		strings.Contains(s[at+1:], ".") && !strings.HasSuffix(s, ".")
}

// addAll makes the rows of the people of order, then the notices and
// problems of the whole export.
func (b *builder) addAll(order []*person) {
	for _, p := range order {
		b.add(p)
	}
	b.finish()
}
