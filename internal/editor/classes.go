package editor

import (
	"slices"
	"strings"

	"rosterdesk/internal/roster"
)

// ClassChoices returns the classes the window offers for rows (the class
// picker of the edit bar, of "Set class" and of a class problem's fix):
// the valid classes of the rows' schools as the list holds them, those of
// the rows' own grades first, each part in natural order. A valid class
// is a grade with a section (9A) or a named class (Blå gruppen, FA),
// written canonically: never a bare grade (9) nor a section alone (A),
// which the upload file does not take. When the schools have no valid
// class yet, the valid classes of the whole list are offered. The
// classes a school-data export gave the rows to choose among
// (roster.ClassChoicesColumn) come before all others.
func (d *Document) ClassChoices(ids []roster.RowID) []string {
	return d.exportChoicesFirst(ids, d.listClassChoices(ids))
}

// exportChoicesFirst puts before classes the candidates of the rows'
// class choices column that are a grade and a section, in their order
// (a class of another school, "9A (Söderskolan)", is none).
func (d *Document) exportChoicesFirst(ids []roster.RowID, classes []string) []string {
	col := d.roster.ClassChoicesIndex()
	if col < 0 {
		return classes
	}
	var first []string
	for _, id := range ids {
		row := d.byID.At(id)
		if row == nil {
			continue
		}
		for _, c := range roster.ClassCandidates(row.ExtraValue(col)) {
			if p := roster.ParseClass(c); p.Form == roster.ClassStandard && !slices.Contains(first, p.Canonical) {
				first = append(first, p.Canonical)
			}
		}
	}
	if first == nil {
		return classes
	}
	for _, c := range classes {
		if !slices.Contains(first, c) {
			first = append(first, c)
		}
	}
	return first
}

// listClassChoices returns the valid classes of the rows' schools as the
// list holds them, as ClassChoices says.
func (d *Document) listClassChoices(ids []roster.RowID) []string {
	schools := map[string]bool{}
	grades := map[int]bool{}
	for _, id := range ids {
		if row := d.byID.At(id); row != nil {
			schools[strings.TrimSpace(row.Values[roster.School])] = true
			if c := roster.ParseClass(row.Values[roster.Class]); c.Form == roster.ClassStandard || c.Form == roster.ClassGradeOnly {
				grades[c.Grade] = true
			}
		}
	}
	classes := d.distinct(func(row *roster.Row) string {
		if !schools[strings.TrimSpace(row.Values[roster.School])] {
			return ""
		}
		return validClass(row.Values[roster.Class])
	})
	if len(classes) == 0 {
		classes = d.distinct(func(row *roster.Row) string { return validClass(row.Values[roster.Class]) })
	}
	own := func(class string) bool {
		c := roster.ParseClass(class)
		return c.Form == roster.ClassStandard && grades[c.Grade]
	}
	slices.SortStableFunc(classes, func(a, b string) int {
		switch oa, ob := own(a), own(b); {
		case oa && !ob:
			return -1
		case ob && !oa:
			return 1
		}
		return 0
	})
	return classes
}

// validClass returns a class value written canonically when the upload
// file takes it as a class, else "".
func validClass(v string) string {
	c := roster.ParseClass(v)
	switch {
	case c.Form == roster.ClassStandard:
		return c.Canonical
	case c.Form == roster.ClassNamed && !roster.SectionOnly(c.Canonical):
		return c.Canonical
	}
	return ""
}

// SettableClass returns a value typed as a class written canonically
// ("9 a" as 9A); ok is false for what is no class: empty, a bare grade, a
// section without its grade.
func SettableClass(v string) (class string, ok bool) {
	class = validClass(v)
	return class, class != ""
}

// SetClass sets the class of the listed rows, written canonically, as
// one edit, and returns how many rows changed. Teachers are left out: the
// upload file has no class for them. A value that is no class (see
// SettableClass) sets nothing.
func (d *Document) SetClass(ids []roster.RowID, value string) int {
	class, ok := SettableClass(value)
	if !ok {
		return 0
	}
	var changes []change
	c := FieldColumn(roster.Class)
	for _, id := range ids {
		row := d.byID.At(id)
		if row == nil || row.Kind() == roster.Teacher {
			continue
		}
		changes = d.setting(changes, row, c, class, "")
	}
	d.do("Set class", changes)
	return len(changes)
}
