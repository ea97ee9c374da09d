package sheet

import (
	"slices"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// nameMark is a protected person who protects the other rows of their
// name (roster.Namesake): without an address or SSOID (a list of
// protected pupils handed over as name, class and "Ja") every row of the
// same first and last name, as the list may be older than a change of
// class or school and protecting a namesake is the error that fails
// closed; with one, the rows of the same name at the same school and
// class, as a teacher's class list that gives the pupil another address
// (tester A1). row is nil for a mark of a sheet not read as people.
type nameMark struct {
	values  [roster.NumFields]string
	keyed   bool // the mark has an address or SSOID
	mark    protectedMark
	row     *roster.Row
	matched bool
}

// fits reports whether row, another row than n's own, may be n's person
// by name.
func (n *nameMark) fits(row *roster.Row) bool {
	return row != n.row && roster.Namesake(&n.values, &row.Values)
}

// nameMarks returns the protected people of the list and of imp.outside
// that have a whole name to be matched by.
func (imp *Import) nameMarks() []nameMark {
	var out []nameMark
	add := func(values *[roster.NumFields]string, keyed bool, m protectedMark, row *roster.Row) {
		if roster.NameKey(values[roster.FirstName]) != "" && roster.NameKey(values[roster.LastName]) != "" {
			out = append(out, nameMark{values: *values, keyed: keyed, mark: m, row: row})
		}
	}
	for _, row := range imp.Roster.Rows {
		if row.Protected {
			add(&row.Values, len(row.PersonKeys()) > 0, protectedMark{row: row}, row)
		}
	}
	for _, m := range imp.outside {
		add(&m.values, len(m.keys) > 0, m, nil)
	}
	return out
}

// protectByName fails closed on a protected person's other rows by name
// (tester T11, A1): every other row that may be the same person
// (nameMark.fits) is protected too, with the warning that names where
// the mark is. A protected row of the list without an address that fits
// no other row gets a warning: the person may be in the list under
// another spelling, and would be exported there. Marks without an
// address count only where bare is true (several sources, or a sheet not
// read): within one sheet such a row is the person's only row. It is
// safe to run again on a list that grew.
func (imp *Import) protectByName(bare bool) {
	marks := imp.nameMarks()
	// byName holds the marks by their names' key (nameKey), made in a
	// buffer for each row of the list.
	byName := map[string][]int{}
	var buf [128]byte
	for i, n := range marks {
		if n.keyed || bare {
			k := string(appendNameKey(buf[:0], &n.values))
			byName[k] = append(byName[k], i)
		}
	}
	if len(byName) == 0 {
		return
	}
	for _, row := range imp.Roster.Rows {
		k := appendNameKey(buf[:0], &row.Values)
		for _, i := range byName[string(k)] {
			n := &marks[i]
			if !n.fits(row) {
				continue
			}
			n.matched = true
			if !row.Protected {
				row.Protected = true
				imp.Problems = append(imp.Problems, check.ProtectedCopy(row.ID, n.place(imp)))
			}
		}
	}
	if !bare {
		return
	}
	for _, n := range marks {
		switch {
		case n.row == nil || n.keyed:
		case !n.matched && !imp.hasProblem(n.row.ID, check.CodeProtectedNoAddress):
			imp.Problems = append(imp.Problems, check.ProtectedNoAddress(n.row.ID))
		case n.matched:
			imp.dropProblem(n.row.ID, check.CodeProtectedNoAddress) // said before another file was added
		}
	}
}

// place names where n's mark is, for a message; of a mark with an
// address, which this row does not share, it says that the name, school
// and class are what make it the same person.
func (n *nameMark) place(imp *Import) i18n.Text {
	if n.keyed {
		return i18n.T("%s (the same name, school and class)", imp.markPlace(n.mark))
	}
	return imp.markPlace(n.mark)
}

// dropProblem takes the reader's problems of code on row id back.
func (imp *Import) dropProblem(id roster.RowID, code check.Code) {
	imp.Problems = slices.DeleteFunc(imp.Problems, func(p check.Problem) bool { return p.Row == id && p.Code == code })
}

// hasProblem reports whether the reader already found a problem of code
// on row id.
func (imp *Import) hasProblem(id roster.RowID, code check.Code) bool {
	for _, p := range imp.Problems {
		if p.Row == id && p.Code == code {
			return true
		}
	}
	return false
}
