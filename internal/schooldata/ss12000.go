package schooldata

import (
	"encoding/json"
	"strings"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

type ssRef struct {
	ID string `json:"id"`
}

type ssPerson struct {
	ID         string   `json:"id"`
	GivenName  string   `json:"givenName"`
	FamilyName string   `json:"familyName"`
	EPPN       []string `json:"eduPersonPrincipalNames"`
	Emails     []struct {
		Value string `json:"value"`
		Type  string `json:"type"`
	} `json:"emails"`
	// SecurityMarking is kept raw: absent, a string, or (an older draft)
	// a boolean.
	SecurityMarking json.RawMessage `json:"securityMarking"`
	Enrolments      []struct {
		EnroledAt ssRef  `json:"enroledAt"`
		StartDate string `json:"startDate"`
		EndDate   string `json:"endDate"`
		Cancelled bool   `json:"cancelled"`
	} `json:"enrolments"`
}

type ssOrganisation struct {
	ID               string `json:"id"`
	DisplayName      string `json:"displayName"`
	OrganisationType string `json:"organisationType"`
	MunicipalityCode string `json:"municipalityCode"`
	Parent           *ssRef `json:"parentOrganisation"`
}

type ssGroup struct {
	DisplayName string `json:"displayName"`
	GroupType   string `json:"groupType"`
	StartDate   string `json:"startDate"`
	EndDate     string `json:"endDate"`
	Memberships []struct {
		Person    ssRef  `json:"person"`
		StartDate string `json:"startDate"`
		EndDate   string `json:"endDate"`
	} `json:"groupMemberships"`
}

type ssDuty struct {
	Person   ssRef  `json:"person"`
	DutyAt   ssRef  `json:"dutyAt"`
	DutyRole string `json:"dutyRole"`
	// DutyPercent is how much of a full-time post the duty is.
	DutyPercent *float64 `json:"dutyPercent"`
	StartDate   string   `json:"startDate"`
	EndDate     string   `json:"endDate"`
}

// decodeAll decodes each raw entity of a list into a T; name says where
// for an error.
func decodeAll[T any](name string, raws []json.RawMessage) ([]T, error) {
	out := make([]T, len(raws))
	for i, raw := range raws {
		if err := json.Unmarshal(raw, &out[i]); err != nil {
			return nil, i18n.NewError(i18n.T("%s: entity %d is not as SS12000 defines it", name, i+1), err)
		}
	}
	return out, nil
}

// readSS12000 joins the entities of an SS12000 export: persons and their
// enrolments (students), duties (teachers), groups of type Klass (classes)
// and organisations (schools and the Huvudman, the municipality).
func readSS12000(fs *files, opts Options) (*Result, error) {
	e, err := readPages(fs)
	if err != nil {
		return nil, err
	}
	persons, err := decodeAll[ssPerson](kindPersons, e.lists[kindPersons])
	if err != nil {
		return nil, err
	}
	orgList, err := decodeAll[ssOrganisation](kindOrganisations, e.lists[kindOrganisations])
	if err != nil {
		return nil, err
	}
	groups, err := decodeAll[ssGroup](kindGroups, e.lists[kindGroups])
	if err != nil {
		return nil, err
	}
	duties, err := decodeAll[ssDuty](kindDuties, e.lists[kindDuties])
	if err != nil {
		return nil, err
	}
	res := &Result{Format: SS12000, PeopleFile: e.personsFile, Columns: map[roster.Field]string{
		roster.Email: "persons emails", roster.FirstName: "persons givenName", roster.LastName: "persons familyName",
		roster.Class: "groups displayName", roster.School: "organisations displayName",
		roster.Municipality: "organisations displayName", roster.Role: "enrolments, duties dutyRole",
		roster.SSOID: "persons eduPersonPrincipalNames"}}
	orgs := make(map[string]*org, len(orgList))
	for _, o := range orgList {
		parent := ""
		if o.Parent != nil {
			parent = o.Parent.ID
		}
		orgs[o.ID] = &org{name: o.DisplayName, kind: strings.ToLower(o.OrganisationType), parent: parent, code: o.MunicipalityCode}
	}
	b := newBuilder(res, opts, orgs, nil)
	marked := false
	for _, p := range persons {
		if p.SecurityMarking != nil && string(p.SecurityMarking) != "null" {
			marked = true
			break
		}
	}
	if marked {
		res.ProtectedColumn = "securityMarking"
	}
	people := make(map[string]*person, len(persons))
	order := make([]*person, 0, len(persons))
	unmarked := 0
	for i, sp := range persons {
		if p, dup := people[sp.ID]; dup {
			// Listed twice (overlapping pages): protected when either
			// record protects (fail closed), and an error when the
			// records differ in what the upload file takes.
			twice := ssPersonOf(sp, i)
			if marked {
				ssMark(twice, sp.SecurityMarking)
			}
			ids := append([]string(nil), sp.EPPN...)
			for _, e := range sp.Emails {
				ids = append(ids, e.Value)
			}
			p.alsoListed(twice, ids...)
			twice.schools = []string{}
			ssEnrol(b, twice, sp)
			p.compare(twice, i+1)
			continue
		}
		p := ssPersonOf(sp, i)
		// A protected list may name the person by any address, a
		// private one too.
		p.ids = append([]string{sp.ID}, sp.EPPN...)
		for _, e := range sp.Emails {
			p.ids = append(p.ids, e.Value)
		}
		if marked {
			ssMark(p, sp.SecurityMarking)
			if sp.SecurityMarking == nil || string(sp.SecurityMarking) == "null" {
				unmarked++
			}
		}
		p.schools = []string{}
		ssEnrol(b, p, sp)
		people[sp.ID] = p
		order = append(order, p)
	}
	work := map[*person]map[string]float64{}
	for _, d := range duties {
		p := people[d.Person.ID]
		switch {
		case p == nil:
		case !b.valid(d.StartDate, d.EndDate):
			p.dated = true
		case teacherWord(d.DutyRole, opts):
			if !p.teacher {
				// A teacher's schools are those of the duties.
				p.teacher, p.schools = true, nil
			}
			p.addSchool(d.DutyAt.ID)
			if work[p] == nil {
				work[p] = map[string]float64{}
			}
			if d.DutyPercent != nil {
				work[p][d.DutyAt.ID] += *d.DutyPercent
			}
		default:
			p.other = append(p.other, d.DutyRole)
		}
	}
	for p, percent := range work {
		p.primary = mainSchool(p.schools, percent)
	}
	for _, g := range groups {
		if !strings.EqualFold(g.GroupType, "Klass") || !b.valid(g.StartDate, g.EndDate) {
			continue
		}
		name := classOfGroup(g.DisplayName)
		for _, m := range g.Memberships {
			if p := people[m.Person.ID]; p != nil && b.valid(m.StartDate, m.EndDate) {
				p.addClass(name, "")
			}
		}
	}
	b.addAll(order)
	if !marked {
		noMarks(res, opts)
	}
	if unmarked > 0 {
		// Fail closed, and say why, or the user sees only a list of
		// protected people and an empty upload file: a warning of the
		// whole export, which roster export prints too.
		res.Problems = append(res.Problems, check.Problem{Field: roster.NoField,
			Severity: check.CodeMarkingMissing.Severity(), Code: check.CodeMarkingMissing, Message: i18n.T("people without securityMarking, while others in the export have it: %d of %d; they are treated as protected identity and never exported, as a missing mark may hide one: ask for an export that writes securityMarking (\"Ingen\" when none) on everyone", unmarked, len(order))})
	}
	return res, nil
}

// ssPersonOf makes a person of record sp, the i-th of the persons' list:
// name, address and SSOID.
func ssPersonOf(sp ssPerson, i int) *person {
	p := &person{line: i + 1, given: strings.TrimSpace(sp.GivenName), family: strings.TrimSpace(sp.FamilyName)}
	p.email, p.privateEmail = ssEmail(sp)
	if len(sp.EPPN) > 0 {
		p.ssoid = strings.TrimSpace(sp.EPPN[0])
	}
	return p
}

// ssEnrol reads the enrolments of record sp into p: a student of the
// schools of those valid on the date.
func ssEnrol(b *builder, p *person, sp ssPerson) {
	for _, en := range sp.Enrolments {
		if en.Cancelled || !b.valid(en.StartDate, en.EndDate) {
			p.dated, p.datedStudent = true, true
			continue
		}
		p.student = true
		p.addSchool(en.EnroledAt.ID)
	}
}

// ssEmail picks a person's address, the login of the upload file: the
// first of a school or work type, else the first of another type but
// private. A private address (type Privat) is never a login: a person
// with no other gets none, and private says so.
func ssEmail(p ssPerson) (email string, private bool) {
	for _, e := range p.Emails {
		t := strings.ToLower(e.Type)
		if strings.Contains(t, "skola") || strings.Contains(t, "arbete") || strings.Contains(t, "work") {
			return strings.TrimSpace(e.Value), false
		}
	}
	for _, e := range p.Emails {
		if privateEmail(e.Type) {
			private = private || strings.TrimSpace(e.Value) != ""
			continue
		}
		return strings.TrimSpace(e.Value), false
	}
	return "", private
}

// privateEmail reports whether an SS12000 email type is a private
// address's.
func privateEmail(t string) bool {
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "privat", "private", "hem", "home":
		return true
	}
	return false
}

// ssMark reads a securityMarking where the export has them: "Ingen" or
// false is no protection; anything else, absence and "" included,
// protects, with a warning for a value outside SS12000's list.
func ssMark(p *person, raw json.RawMessage) {
	var s string
	var b bool
	switch {
	case raw == nil || string(raw) == "null":
		p.protected = true
	case json.Unmarshal(raw, &b) == nil:
		p.protected = b
	case json.Unmarshal(raw, &s) == nil:
		switch strings.ToLower(strings.TrimSpace(s)) {
		case "ingen":
		case "sekretessmarkering", "skyddad folkbokföring":
			p.protected = true
		default:
			// Not a value of SS12000's list, an empty one included.
			p.protected, p.mark = true, s
		}
	default:
		p.protected = true
	}
}

// mainSchool returns the school of schools where a teacher works most, by
// the duties' percentages, or "" when that is not one school.
func mainSchool(schools []string, percent map[string]float64) string {
	best, top, tie := "", 0.0, false
	for _, s := range schools {
		switch v := percent[s]; {
		case v > top:
			best, top, tie = s, v, false
		case v == top:
			tie = true
		}
	}
	if tie || len(schools) < 2 {
		return ""
	}
	return best
}
