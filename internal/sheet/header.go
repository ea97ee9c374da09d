package sheet

import (
	"strings"

	"rosterdesk/internal/roster"
)

// headerNames maps folded header names (see foldHeader) to fields, in
// English, Swedish and Finnish with the variants school systems use.
var headerNames = map[string]roster.Field{}

func init() {
	names := map[roster.Field][]string{
		roster.Email: {"email", "emailaddress", "emailadress", "mail", "mailaddress", "epost", "epostadress",
			"mejl", "mejladress", "sahkoposti", "sahkopostiosoite", "skolmail", "elevmail", "skolepost",
			"elevepost"},
		roster.FirstName: {"firstname", "givenname", "forename", "fornamn", "tilltalsnamn",
			"etunimi", "etunimet", "kutsumanimi"},
		roster.LastName: {"lastname", "surname", "familyname", "efternamn", "slaktnamn", "sukunimi"},
		// A group is the class the platform takes: the group the pupil
		// studies in ("Grupp", "Ryhmä", "Klass/grupp"); one that is a
		// teaching group by its values is class_group's warning.
		roster.Class: {"class", "classname", "klass", "klassnamn", "klassbeteckning", "grupp",
			"klassgrupp", "classgroup", "luokka", "ryhma", "luokkaryhma", "homeroom"},
		roster.School: {"school", "schoolname", "skola", "skolenhet", "skolnamn", "skolansnamn",
			"skolenhetsnamn", "enhet", "koulu", "koulunnimi", "toimipiste", "arbetsplats",
			// "Koulu/Toimipiste", as the issue names it (tester A10).
			"koulutoimipiste", "skolaenhet", "skolenhetskola"},
		// Not Hemkommun or Kotikunta: a pupil's home municipality is not
		// the school's.
		roster.Municipality: {"municipality", "kommun", "kommunnamn", "kunta", "kunnannimi", "kuntakaupunki"},
		roster.Role: {"role", "roll", "rollbefattning", "rooli", "anvandartyp", "type", "usertype",
			"kayttajatyyppi"},
		// The federations' single sign-on ids: Skolfederation's
		// eduPersonPrincipalName, Finland's MPASSid, and the Microsoft
		// login (UPN), which school data's username is too.
		roster.SSOID: {"ssoid", "sso", "singlesignonid", "ssotunnus", "edupersonprincipalname",
			"edupersonprincipalnames", "eppn", "mpassid", "upn", "userprincipalname"},
	}
	for f, list := range names {
		for _, n := range list {
			headerNames[n] = f
		}
	}
	for n := range titleNames {
		headerNames[n] = roster.Role
	}
	for n := range callNames {
		headerNames[n] = roster.FirstName
	}
}

// titleNames are the folded headers of a job-title column, read as the
// Role column (roster.ParseRole reads teacher titles as teacher) unless
// the header also has a column named as a role.
var titleNames = map[string]bool{
	"befattning": true, "tjanst": true, "yrke": true, "titel": true, "yrkestitel": true,
	"tjanstetitel": true, "jobtitle": true, "tehtava": true, "nimike": true, "tehtavanimike": true,
	"ammattinimike": true,
}

// hasRoleHeader reports whether cells name a Role column by a role word,
// not a job title.
func hasRoleHeader(cells []string) bool {
	for _, cell := range cells {
		folded := foldHeader(cell)
		if headerNames[folded] == roster.Role && !titleNames[folded] {
			return true
		}
	}
	return false
}

// protectedNames are the header keys (see roster.HeaderKey) of a
// protected-identity column, in Swedish, Finnish and English.
var protectedNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range []string{
		"Skyddad identitet", "Skyddad folkbokföring", "Skyddade personuppgifter", "Skyddad ID",
		"Skyddad", "Sekretess", "Sekretessmarkering", "Sekretessmarkerad", "Sekretessmarkerat",
		"Personuppgiftsspärr", "Turvakielto", "Suojattu henkilöllisyys", "Protected",
		"Protected identity", "Protected ID", "Confidential",
		"Kvarskrivning", "Kvarskriven", "Fingerade personuppgifter", "Fingerad identitet",
		"Hemlig identitet", "Skyddad adress", "securityMarking", "Security marking",
	} {
		m[roster.HeaderKey(n)] = true
	}
	return m
}()

// foldHeader is the form headers are compared in: roster.HeaderKey, so
// that "E-post", "e_post" and "Epost?" are one name.
func foldHeader(s string) string { return roster.HeaderKey(s) }

// layout says what each column of the source holds.
type layout struct {
	// field of each source column, NoField for extra or ignored ones.
	field []roster.Field
	// extra is the extra-column index of each source column, or -1.
	extra []int
	// protected says which source columns hold a protected mark: the
	// first protected-identity column and any later one.
	protected       []bool
	columns         map[roster.Field]string
	protectedHeader string
	extraNames      []string
	// names holds each source column's header text, trimmed.
	names []string
	// score is the number of distinct fields the header names.
	score int
	// mapped lists, by index in the mappings, those this header has;
	// mappedField says which source columns the user mapped to a field.
	mapped      []bool
	mappedField []bool
	// settled lists the headers the user mapped to Ignore: if they sound
	// like a protection mark, the user has said they are not one.
	settled []string
	// offMark holds, by source column, the target the user mapped a
	// column to whose header names it a protection mark (a Protected
	// target is none): its marks are not read, and when it is kept as an
	// extra column the checker warns on each row they would protect
	// (roster.SetMarkOff).
	offMark map[int]Target
	// fullFirst is the source column of every legal first name when a
	// call-name column is read as FirstName instead, or -1; a row without
	// a call name takes its FirstName from it.
	fullFirst int
	// lastResort holds the header of a column read as a field only
	// because no column is named as that field (a Basgrupp as the Class).
	lastResort map[roster.Field]string
	// twice lists the columns whose header names, or which the user
	// mapped to, a field that an earlier column was read as: they are not
	// read (columnsTwice).
	twice []twin
	// gradeHeader is the header of the column the user mapped to Grade,
	// or "": a column named as a grade ("Årskurs") the roster finds by
	// its name.
	gradeHeader string
}

// readLayout reads a row as a header: the user's mappings first, then
// known names become fields (the first of a field wins),
// protected-identity columns are noted, and every other non-empty cell is
// an extra column.
func readLayout(cells []string, maps []ColumnMap) layout {
	l := layout{field: make([]roster.Field, len(cells)), extra: make([]int, len(cells)),
		protected: make([]bool, len(cells)), columns: make(map[roster.Field]string),
		mapped: make([]bool, len(maps)), mappedField: make([]bool, len(cells)), fullFirst: -1}
	use := make([]int, len(cells))
	roleHeader := hasRoleHeader(cells)
	for i, cell := range cells {
		l.field[i], l.extra[i] = roster.NoField, -1
		l.names = append(l.names, strings.TrimSpace(cell))
		use[i] = findMap(maps, cell)
		if m := use[i]; m >= 0 {
			l.mapped[m] = true
			t := maps[m].Target
			if t.Kind != TargetProtected && protectedNames[foldHeader(cell)] {
				if l.offMark == nil {
					l.offMark = map[int]Target{}
				}
				l.offMark[i] = t
			}
			if t.Kind == TargetField {
				if _, taken := l.columns[t.Field]; !taken {
					l.field[i], l.mappedField[i] = t.Field, true
					l.columns[t.Field] = l.names[i]
				} else {
					// Two columns of one header ("Klass" twice) take
					// one mapping: it cannot choose between them.
					l.twice = append(l.twice, twin{column: i, field: t.Field, mapped: true})
				}
			}
		}
	}
	prefer := preferredColumns(cells, use, l.columns)
	for i, name := range l.names {
		if l.field[i] != roster.NoField {
			continue
		}
		var target *Target
		if use[i] >= 0 {
			target = &maps[use[i]].Target
		}
		folded := foldHeader(name)
		if f, ok := preferredField(prefer, i, folded); ok && target == nil && !(roleHeader && titleNames[folded]) {
			if _, taken := l.columns[f]; !taken {
				l.field[i] = f
				l.columns[f] = name
				if _, named := headerNames[folded]; !named {
					l.lastResort = map[roster.Field]string{f: name}
				}
				continue
			}
			l.twice = append(l.twice, twin{column: i, field: f})
		} else if f, named := headerNames[folded]; named && f == roster.FirstName && target == nil && l.fullFirst < 0 {
			if _, call := prefer[roster.FirstName]; call {
				l.fullFirst = i
			}
		}
		if target != nil && target.Kind == TargetProtected || target == nil && protectedNames[folded] {
			// Two marks (Skyddad identitet, Sekretessmarkering) both
			// protect: a row is protected if either says so.
			l.protected[i] = true
			if l.protectedHeader == "" {
				l.protectedHeader = name
			}
			continue
		}
		if name != "" {
			l.extra[i] = len(l.extraNames)
			l.extraNames = append(l.extraNames, name)
			if target != nil {
				l.settled = append(l.settled, name)
			}
			if target != nil && target.Kind == TargetGrade && l.gradeHeader == "" {
				l.gradeHeader = name
			}
		}
	}
	l.score = len(l.columns)
	return l
}
