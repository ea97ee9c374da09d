package schooldata

import (
	"bytes"
	"encoding/json"
	"strings"

	"rosterdesk/internal/i18n"
)

// maxDepth bounds how deeply a JSON file may nest: SS12000's entities
// nest five or six deep.
const maxDepth = 64

// checkDepth refuses JSON that nests deeper than maxDepth, before the
// decoder, which recurses, sees it.
func checkDepth(name string, data []byte) error {
	depth, inString, escaped := 0, false, false
	for _, c := range data {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			if depth++; depth > maxDepth {
				return i18n.NewError(i18n.T("%s nests too deeply to be an SS12000 file", name), nil)
			}
		case c == '}' || c == ']':
			depth--
		}
	}
	return nil
}

// The kinds of SS12000 entity.
const (
	kindPersons       = "persons"
	kindOrganisations = "organisations"
	kindGroups        = "groups"
	kindDuties        = "duties"
)

// entityLists are the entity lists of an SS12000 export, each the pages
// of its files joined in the files' order; persons remembers its first
// file.
type entityLists struct {
	lists       map[string][]json.RawMessage
	personsFile string
}

// combinedKeys maps the keys of a file that holds all entities to their
// kind.
var combinedKeys = map[string]string{
	"persons": kindPersons, "organisations": kindOrganisations, "organizations": kindOrganisations,
	"groups": kindGroups, "duties": kindDuties,
}

// readPages reads the JSON files of fs as SS12000 entity lists.
func readPages(fs *files) (*entityLists, error) {
	e := &entityLists{lists: map[string][]json.RawMessage{}}
	for _, name := range fs.names {
		if !strings.HasSuffix(name, ".json") {
			continue
		}
		data := decodeText(fs.data[name])
		if err := checkDepth(name, data); err != nil {
			return nil, err
		}
		if err := e.readFile(name, data); err != nil {
			return nil, err
		}
	}
	if len(e.lists[kindPersons]) == 0 {
		return nil, i18n.NewError(i18n.T("the SS12000 export holds no persons"), nil)
	}
	return e, nil
}

func (e *entityLists) readFile(name string, data []byte) error {
	bad := func(err error) error {
		return i18n.NewError(i18n.T("%s is not an SS12000 JSON file", name), err)
	}
	var top map[string]json.RawMessage
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '[' {
		return e.readList(name, "", trimmed, bad)
	}
	if err := json.Unmarshal(data, &top); err != nil {
		return bad(err)
	}
	if page, ok := top["data"]; ok {
		return e.readList(name, "", page, bad)
	}
	found := false
	for key, raw := range top {
		kind, ok := combinedKeys[strings.ToLower(key)]
		if !ok {
			continue
		}
		found = true
		var inner map[string]json.RawMessage
		if t := bytes.TrimSpace(raw); len(t) > 0 && t[0] == '{' {
			if err := json.Unmarshal(t, &inner); err != nil {
				return bad(err)
			}
			raw = inner["data"]
		}
		if err := e.readList(name, kind, raw, bad); err != nil {
			return err
		}
	}
	if !found {
		return bad(nil)
	}
	return nil
}

// readList adds a list of entities of kind (found from the file's name or
// its first entity when "").
func (e *entityLists) readList(name, kind string, raw json.RawMessage, bad func(error) error) error {
	var items []json.RawMessage
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil
	}
	if err := json.Unmarshal(raw, &items); err != nil {
		return bad(err)
	}
	if len(items) == 0 {
		return nil
	}
	if kind == "" {
		kind = kindOfName(name)
	}
	if kind == "" {
		kind = kindOfEntity(items[0])
	}
	if kind == "" {
		return bad(nil)
	}
	if len(e.lists[kind])+len(items) > maxRecords {
		return i18n.NewError(i18n.T("%s holds too many records", name), nil)
	}
	if kind == kindPersons && e.personsFile == "" {
		e.personsFile = name
	}
	e.lists[kind] = append(e.lists[kind], items...)
	return nil
}

// kindOfName tells an entity file by its name: persons.json,
// organisations_2.json, groups-page3.json, duties.json.
func kindOfName(name string) string {
	for _, k := range []struct{ prefix, kind string }{
		{"person", kindPersons}, {"organisation", kindOrganisations}, {"organization", kindOrganisations},
		{"group", kindGroups}, {"dut", kindDuties},
	} {
		if strings.HasPrefix(name, k.prefix) {
			return k.kind
		}
	}
	return ""
}

// kindOfEntity tells an entity by the fields only its kind has.
func kindOfEntity(raw json.RawMessage) string {
	var fields map[string]json.RawMessage
	if json.Unmarshal(raw, &fields) != nil {
		return ""
	}
	switch {
	case fields["dutyRole"] != nil:
		return kindDuties
	case fields["groupType"] != nil:
		return kindGroups
	case fields["organisationType"] != nil:
		return kindOrganisations
	case fields["givenName"] != nil || fields["familyName"] != nil || fields["enrolments"] != nil:
		return kindPersons
	}
	return ""
}
