package sheet

import (
	"slices"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// nameMark is a protected person without an address or SSOID (a list of
// protected pupils handed over as name, class and "Ja"): they protect the
// rows of the same first and last name. Class and school are not asked
// to agree: the list may be older than a change of class or school, and
// protecting a namesake is the error that fails closed. row is nil for a
// mark of a sheet not read as people.
type nameMark struct {
	first, last string
	mark        protectedMark
	row         *roster.Row
	matched     bool
}

// newNameMark reads the name of values; ok is false when there is no
// whole name to match by.
func newNameMark(values *[roster.NumFields]string, m protectedMark, row *roster.Row) (nameMark, bool) {
	n := nameMark{first: roster.NameKey(values[roster.FirstName]), last: roster.NameKey(values[roster.LastName]), mark: m, row: row}
	return n, n.first != "" && n.last != ""
}

// fits reports whether row, another row than n's own, has n's first and
// last name (in any case, spaces tidied).
func (n *nameMark) fits(row *roster.Row) bool {
	return row != n.row && roster.NameKey(row.Values[roster.FirstName]) == n.first && roster.NameKey(row.Values[roster.LastName]) == n.last
}

// nameMarks returns the protected people of the list and of imp.outside
// that have no address or SSOID to be matched by.
func (imp *Import) nameMarks() []nameMark {
	var out []nameMark
	for _, row := range imp.Roster.Rows {
		if row.Protected && len(row.PersonKeys()) == 0 {
			if n, ok := newNameMark(&row.Values, protectedMark{row: row}, row); ok {
				out = append(out, n)
			}
		}
	}
	for _, m := range imp.outside {
		if len(m.keys) == 0 {
			if n, ok := newNameMark(&m.values, m, nil); ok {
				out = append(out, n)
			}
		}
	}
	return out
}

// protectByName fails closed on a protected person without an address
// (tester T11): every other row of the same person (nameMark.fits) is
// protected too, with the warning that names where the mark is. A
// protected row of the list that fits no other row gets a warning: the
// person may be in the list under another spelling, and would be
// exported there. It is safe to run again on a list that grew.
func (imp *Import) protectByName() {
	marks := imp.nameMarks()
	if len(marks) == 0 {
		return
	}
	for _, row := range imp.Roster.Rows {
		for i := range marks {
			n := &marks[i]
			if !n.fits(row) {
				continue
			}
			n.matched = true
			if !row.Protected {
				row.Protected = true
				imp.Problems = append(imp.Problems, check.ProtectedCopy(row.ID, imp.markPlace(n.mark)))
			}
		}
	}
	for _, n := range marks {
		switch {
		case n.row == nil:
		case !n.matched && !imp.hasProblem(n.row.ID, check.CodeProtectedNoAddress):
			imp.Problems = append(imp.Problems, check.ProtectedNoAddress(n.row.ID))
		case n.matched:
			imp.dropProblem(n.row.ID, check.CodeProtectedNoAddress) // said before another file was added
		}
	}
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
