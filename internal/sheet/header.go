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
			"mejl", "mejladress", "sahkoposti", "sahkopostiosoite"},
		roster.FirstName: {"firstname", "givenname", "forename", "fornamn", "tilltalsnamn",
			"etunimi", "etunimet", "kutsumanimi"},
		roster.LastName: {"lastname", "surname", "familyname", "efternamn", "sukunimi"},
		roster.Class:    {"class", "classname", "klass", "klassnamn", "grupp", "luokka", "ryhma"},
		roster.School: {"school", "schoolname", "skola", "skolenhet", "skolnamn", "enhet", "koulu",
			"toimipiste"},
		roster.Municipality: {"municipality", "kommun", "kunta", "huvudman"},
		roster.Role:         {"role", "roll", "rooli", "anvandartyp", "type", "usertype"},
		roster.SSOID:        {"ssoid", "sso", "singlesignonid", "ssotunnus"},
	}
	for f, list := range names {
		for _, n := range list {
			headerNames[n] = f
		}
	}
	for n := range titleNames {
		headerNames[n] = roster.Role
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

// protectedNames are the folded headers of a protected-identity column.
var protectedNames = map[string]bool{
	"skyddadidentitet": true, "skyddadepersonuppgifter": true, "skyddad": true,
	"sekretessmarkering": true, "sekretess": true, "turvakielto": true,
	"protected": true, "protectedidentity": true,
}

// truthy are the folded values that mark a row as protected.
var truthy = map[string]bool{
	"ja": true, "j": true, "yes": true, "y": true, "x": true, "1": true, "true": true,
	"sant": true, "kylla": true, "k": true, "tosi": true, "✓": true, "✔": true,
	// The mark written out, as some systems do in a status column.
	"skyddad": true, "skyddadidentitet": true, "sekretess": true, "sekretessmarkering": true,
	"sekretessmarkerad": true, "turvakielto": true, "protected": true,
}

// foldHeader lower-cases a header and drops what varies between systems:
// spaces, hyphens, underscores, dots and colons, and the dots over å ä ö.
func foldHeader(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch r {
		case ' ', '-', '_', '.', ':', '\u00a0', '\t':
			continue
		case 'å', 'ä':
			r = 'a'
		case 'ö':
			r = 'o'
		}
		b.WriteRune(r)
	}
	return b.String()
}

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
}

// readLayout reads a row as a header: known names become fields (the
// first of a field wins), protected-identity columns are noted, and
// every other non-empty cell is an extra column.
func readLayout(cells []string) layout {
	l := layout{field: make([]roster.Field, len(cells)), extra: make([]int, len(cells)),
		protected: make([]bool, len(cells)), columns: make(map[roster.Field]string)}
	roleHeader := hasRoleHeader(cells)
	for i, cell := range cells {
		l.field[i], l.extra[i] = roster.NoField, -1
		name := strings.TrimSpace(cell)
		l.names = append(l.names, name)
		folded := foldHeader(name)
		if f, ok := headerNames[folded]; ok && !(roleHeader && titleNames[folded]) {
			if _, taken := l.columns[f]; !taken {
				l.field[i] = f
				l.columns[f] = name
				continue
			}
		}
		if protectedNames[folded] {
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
		}
	}
	l.score = len(l.columns)
	return l
}
