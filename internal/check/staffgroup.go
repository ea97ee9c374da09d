package check

import (
	"slices"

	"rosterdesk/internal/roster"
)

// staffGroup is the teacher rows of one key and how many of them name
// each school. Nearly every key is one teacher's at one school, so the
// schools are a short list, not a map: a map per teacher's address and
// SSO id cost 33 MB at a million rows.
type staffGroup struct {
	ids     []roster.RowID
	schools []schoolCount
}

// schoolCount is how many of a staff group's rows name one school.
type schoolCount struct {
	school string
	rows   int
}

// count adds sign to the rows of the group that name school.
func (g *staffGroup) count(school string, sign int) {
	for i := range g.schools {
		if g.schools[i].school == school {
			if g.schools[i].rows += sign; g.schools[i].rows == 0 {
				g.schools = slices.Delete(g.schools, i, i+1)
			}
			return
		}
	}
	if sign > 0 {
		g.schools = append(g.schools, schoolCount{school, sign})
	}
}

func join(groups map[string]*staffGroup, k string, id roster.RowID, school string) {
	if k == "" {
		return
	}
	g := groups[k]
	if g == nil {
		g = &staffGroup{}
		groups[k] = g
	}
	g.ids = append(g.ids, id)
	if school != "" {
		g.count(school, 1)
	}
}

func leave(groups map[string]*staffGroup, k string, id roster.RowID, school string) {
	g := groups[k]
	if g == nil {
		return
	}
	g.ids = slices.DeleteFunc(g.ids, func(x roster.RowID) bool { return x == id })
	if school != "" {
		g.count(school, -1)
	}
	if len(g.ids) == 0 {
		delete(groups, k)
	}
}
