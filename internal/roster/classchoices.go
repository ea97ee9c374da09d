package roster

import (
	"slices"
	"strings"
)

// ClassChoicesColumn is the header of the extra column in which a
// school-data import keeps a student's candidate classes when the export
// does not give one class of the student's school: several ("8B | 9B"),
// or a class of another school, written with that school ("9A
// (Söderskolan)"). The column is never exported; the checker names its
// value in the student's missing class, and the window's class picker
// offers its classes first.
const ClassChoicesColumn = "Class choices"

// ChoiceSeparator joins the candidates in such a column.
const ChoiceSeparator = " | "

// ClassChoicesIndex returns the index of the extra column
// ClassChoicesColumn, or -1.
func (r *Roster) ClassChoicesIndex() int {
	return slices.Index(r.ExtraColumns, ClassChoicesColumn)
}

// ClassCandidates returns the candidates a class choices value lists,
// trimmed, without empty ones.
func ClassCandidates(v string) []string {
	var out []string
	for _, c := range strings.Split(v, strings.TrimSpace(ChoiceSeparator)) {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}
