package editor

import (
	"slices"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// KeepRow settles a problem whose fix keeps one of several rows (a
// teacher listed once per school): it deletes the fix's other rows, as one
// edit that undo takes back, ids and all. keep must be one of the fix's
// rows still in the roster; KeepRow reports whether it was.
func (d *Document) KeepRow(p check.Problem, keep roster.RowID) bool {
	if p.Fix == nil || !slices.Contains(p.Fix.Keep, keep) || d.byID.At(keep) == nil {
		return false
	}
	var others []roster.RowID
	for _, id := range p.Fix.Keep {
		if id != keep && d.byID.At(id) != nil {
			others = append(others, id)
		}
	}
	d.DeleteRows(others)
	return true
}
