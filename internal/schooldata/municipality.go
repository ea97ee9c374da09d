package schooldata

import "rosterdesk/internal/roster"

// municipalKinds are the organisation types that stand for a municipality
// or its school administration, in lower case.
var municipalKinds = map[string]bool{
	"district": true, "municipality": true, "localauthority": true, "huvudman": true,
}

// MunicipalityName reads the name of a municipality from the name of its
// organisation by the rule flat files follow too (roster.MunicipalityName):
// "Ale kommun" is Ale, "Helsingin kaupunki" Helsinki. It reports whether
// the name is a municipality's.
func MunicipalityName(org string) (string, bool) { return roster.MunicipalityName(org) }

// MunicipalityByCode returns the name of the municipality of a Swedish
// (four-digit) or Finnish (three-digit) code.
func MunicipalityByCode(code string) (string, bool) { return roster.MunicipalityByCode(code) }

// municipality returns the municipality of the school with id: the
// user's (Options.Municipality), else the name of the first municipal
// organisation above it, else, when that is an independent organiser,
// the name of the first municipality code on the way up. Where the
// user's replaces another the export names, it counts the row for a
// notice.
func (b *builder) municipality(id string) string {
	own, ok := b.municipalities[id]
	if !ok {
		own = b.findMunicipality(id, b.opts.Municipality == "")
		b.municipalities[id] = own
	}
	if given := b.opts.Municipality; given != "" {
		if own != "" && own != given {
			b.replaced[own]++
		}
		return given
	}
	return own
}

// maxOrgDepth bounds the walk up the organisations, which a damaged
// export could make a loop.
const maxOrgDepth = 32

// findMunicipality walks up from the school with id; note says to count
// a name taken from the code table for the notice.
func (b *builder) findMunicipality(id string, note bool) string {
	code := ""
	o := b.orgs[id]
	for depth := 0; o != nil && depth < maxOrgDepth; depth++ {
		if code == "" {
			code = o.code
		}
		if municipalKinds[o.kind] {
			name, municipal := MunicipalityName(o.name)
			if municipal || o.kind != "huvudman" {
				return name
			}
			break
		}
		o = b.orgs[o.parent]
	}
	if name, ok := MunicipalityByCode(code); ok {
		if note {
			b.fromCode[name] = code
		}
		return name
	}
	return ""
}
