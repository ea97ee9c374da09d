package schooldata

import "strings"

// sessions are the academic sessions (school years, terms) of a CSV
// export's academicSessions.csv (SDS, OneRoster): which are known, and
// which are valid on the export date.
type sessions struct {
	known, valid map[string]bool
}

// readSessions reads academicSessions.csv, when the export holds it; its
// dates count as a role's do (builder.valid).
func readSessions(fs *files, b *builder) (sessions, error) {
	t, err := readTable(fs, "academicsessions.csv", false)
	if err != nil {
		return sessions{}, err
	}
	s := sessions{known: map[string]bool{}, valid: map[string]bool{}}
	for i := 0; i < t.len(); i++ {
		if deleted(t, i) {
			continue
		}
		id := t.get(i, "sourcedId")
		if id == "" {
			continue
		}
		s.known[id] = true
		if b.valid(t.get(i, "startDate"), t.get(i, "endDate")) {
			s.valid[id] = true
		}
	}
	return s, nil
}

// current reports whether a class or role tied to the sessions ids (a
// comma-separated list of sourcedIds) counts on the export date: unless
// every session it names is known and none of them is valid on it (last
// year's class, whose session ended).
func (s sessions) current(ids string) bool {
	named := false
	for _, id := range strings.Split(ids, ",") {
		id = strings.TrimSpace(id)
		if id == "" {
			continue
		}
		named = true
		if !s.known[id] || s.valid[id] {
			return true
		}
	}
	return !named
}
