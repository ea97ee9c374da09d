package check

import (
	"slices"
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// sectionMergeRule finds the students of a school whose class is the same
// section alone ("A") while their years differ or are not known: the
// upload file would put them in one class "A", year 9 and year 8 together
// (tester T24). Each of them gets the error class_merge, with a Fix when
// the row's grade column, or a column that looks like one, gives its
// year. Students whose section class all have one known year only get
// class_no_grade's warning: nobody is merged.
type sectionMergeRule struct {
	x       rowContext
	members roster.IDTable[sectionMember]
	groups  map[string]*sectionGroup
	// merging counts the students of the groups that merge.
	merging int
}

// sectionMember is what a student was counted under.
type sectionMember struct {
	key, year string // year "" when not known
	column    string // the column that gave the year
}

// sectionGroup holds the students of one section class of one school.
type sectionGroup struct {
	school, section string
	n, unknown      int
	years           map[string]int
}

func (g *sectionGroup) merges() bool {
	return g.n >= 2 && (g.unknown > 0 || len(g.years) > 1)
}

// newSectionMergeRule returns the rule. Its table of members grows as
// section classes turn up, instead of having room for every row: most
// lists have none, and room for a million members is 48 MB.
func newSectionMergeRule(x rowContext) *sectionMergeRule {
	return &sectionMergeRule{x: x, members: roster.NewIDTable[sectionMember](0), groups: map[string]*sectionGroup{}}
}

func (s *sectionMergeRule) add(row *roster.Row) {
	section := roster.Tidy(row.Values[roster.Class])
	school := roster.Tidy(row.Values[roster.School])
	if school == "" || !roster.SectionOnly(section) || row.Kind() != roster.Student {
		return
	}
	m := sectionMember{key: school + "\x00" + strings.ToUpper(section)}
	m.year, m.column = s.x.yearOf(row)
	g := s.groups[m.key]
	if g == nil {
		g = &sectionGroup{school: school, section: section, years: map[string]int{}}
		s.groups[m.key] = g
	}
	s.change(g, m.year, 1)
	s.members.Set(row.ID, m)
}

func (s *sectionMergeRule) remove(id roster.RowID) {
	m, ok := s.members.Get(id)
	if !ok {
		return
	}
	s.members.Remove(id)
	g := s.groups[m.key]
	s.change(g, m.year, -1)
	if g.n == 0 {
		delete(s.groups, m.key)
	}
}

// change counts delta students of year in g and keeps merging up to date.
func (s *sectionMergeRule) change(g *sectionGroup, year string, delta int) {
	if g.merges() {
		s.merging -= g.n
	}
	g.n += delta
	if year == "" {
		g.unknown += delta
	} else if g.years[year] += delta; g.years[year] == 0 {
		delete(g.years, year)
	}
	if g.merges() {
		s.merging += g.n
	}
}

func (s *sectionMergeRule) problems(dst []Problem, id roster.RowID) []Problem {
	if s.merging == 0 {
		return dst
	}
	m, ok := s.members.Get(id)
	if !ok || !s.groups[m.key].merges() {
		return dst
	}
	g := s.groups[m.key]
	p := Problem{Row: id, Field: roster.Class, Severity: CodeClassMerge.Severity(), Code: CodeClassMerge}
	if g.unknown > 0 {
		p.Message = i18n.T("%d pupils at %s have the class %q without a year, and the year of %d of them is not known: the upload file would make them one class, whatever their years",
			g.n, g.school, g.section, g.unknown)
	} else {
		years := make([]string, 0, len(g.years))
		for y := range g.years {
			years = append(years, y)
		}
		slices.Sort(years)
		p.Message = i18n.T("%d pupils at %s have the class %q without a year, and the column %q puts them in different years (%s): the upload file would make them one class",
			g.n, g.school, g.section, m.column, strings.Join(years, ", "))
	}
	if m.year != "" {
		if joined, ok := roster.JoinGradeSection(m.year, g.section); ok {
			p.Fix = &Fix{Label: i18n.T("Change to %q", joined), Value: joined}
		}
	}
	return append(dst, p)
}

func (s *sectionMergeRule) counts() (errors, warnings int) { return s.merging, 0 }
