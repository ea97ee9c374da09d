package schooldata

import (
	"strings"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// userColumns are the columns of a CSV people's file beyond those the
// format defines: kept as extra columns (never exported), one of them
// perhaps mapped to protected identity.
type userColumns struct {
	names []string
	index []int
	// mark is the index of the column mapped to Protected, or -1.
	mark int
}

// readUserColumns finds the columns of t outside known (lower case), and
// applies the user's mappings: any column but a dropped one may be mapped
// to Protected; one outside known mapped to Ignore is settled. Columns in drop (a password) are
// neither kept nor shown.
func readUserColumns(res *Result, t *table, known, drop map[string]bool, opts Options) userColumns {
	u := userColumns{mark: -1}
	for i, h := range t.header {
		key := strings.ToLower(strings.TrimSpace(h))
		if key == "" || drop[key] {
			continue
		}
		m := findMapping(opts.Map, h)
		if m >= 0 {
			res.Mapped = append(res.Mapped, opts.Map[m].Header)
		}
		switch {
		case m >= 0 && opts.Map[m].Protected && u.mark < 0:
			u.mark = i
			res.ProtectedColumn = h
			continue
		case known[key]:
			continue
		case m >= 0:
			res.Roster.SetSettled(h, true)
		}
		u.names = append(u.names, h)
		u.index = append(u.index, i)
	}
	return u
}

// read fills person p from record i of t: extra values and the mark.
func (u userColumns) read(p *person, t *table, i int) {
	if len(u.index) > 0 {
		p.extra = make([]string, len(u.index))
		for j, c := range u.index {
			if c < len(t.rows[i]) {
				p.extra[j] = strings.TrimSpace(t.rows[i][c])
			}
		}
	}
	if u.mark >= 0 && u.mark < len(t.rows[i]) {
		p.markProtected(strings.TrimSpace(t.rows[i][u.mark]))
	} else if u.mark >= 0 {
		p.markProtected("")
	}
}

// findMapping returns the index of the mapping of header h, or -1;
// headers compare as roster.HeaderKey makes them.
func findMapping(maps []Mapping, h string) int {
	k := roster.HeaderKey(h)
	for i, m := range maps {
		if roster.HeaderKey(m.Header) == k {
			return i
		}
	}
	return -1
}

// noMarks settles protected identity for a format with no field for it:
// a mapped column or a protected list answers it; the user's statement
// lets it pass with a notice; else the whole export is an error.
func noMarks(res *Result, opts Options) {
	if res.ProtectedColumn != "" || len(opts.ProtectedList) > 0 {
		return
	}
	if opts.NoProtectedMarks {
		res.Notices = append(res.Notices, Notice{NoticeNoMarks,
			i18n.T("%s has no field for protected identity: read on your word that no one in it has protected identity", res.Format)})
		return
	}
	res.NoMarks = true
	res.Problems = append(res.Problems, ProtectedUnknown(res.Format))
}

// ProtectedUnknown is the error of a whole export whose format has no
// field for protected identity, until the user maps one, gives a list of
// protected people, or says they have checked.
func ProtectedUnknown(f Format) check.Problem {
	if f == SS12000 {
		return check.Problem{Field: roster.NoField, Severity: check.CodeProtectedUnknown.Severity(), Code: check.CodeProtectedUnknown,
			Message: i18n.T("no person in this SS12000 export has securityMarking, so it says nothing of protected identity: export it again with the field, give a list of protected people (File > Read list of protected people…; roster: --protected-list), or confirm that no one in it has protected identity (the box in the export dialog; roster: --no-protected-marks)")}
	}
	return check.Problem{Field: roster.NoField, Severity: check.CodeProtectedUnknown.Severity(), Code: check.CodeProtectedUnknown,
		Message: i18n.T("%s has no field for protected identity: give a list of protected people (File > Read list of protected people…; roster: --protected-list), map a column of users.csv that marks them (roster: --map \"COLUMN=Protected\"), or confirm that no one in it has protected identity (the box in the export dialog; roster: --no-protected-marks)", f)}
}
