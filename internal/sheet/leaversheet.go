package sheet

import (
	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// peopleMarks returns every person of imp (a leavers' sheet not read as
// people) by their address and SSOID, each with its place; imp may be
// nil.
func (imp *Import) peopleMarks() []protectedMark {
	if imp == nil || imp.Roster == nil {
		return nil
	}
	label := roster.Source{File: imp.Path, Sheet: imp.Sheet}.Label()
	var out []protectedMark
	for _, row := range imp.Roster.Rows {
		if keys := row.PersonKeys(); len(keys) > 0 {
			out = append(out, protectedMark{keys: keys, place: i18n.T("%s, row %d", label, row.SourceLine)})
		}
	}
	return out
}

// noteLeavers warns on each row of the list whose person (by address or
// SSOID) the workbook's leavers' sheet lists (tester T35): the sheet is
// not read as people, but it is the school's word that they have left, so
// the row is exported only if the user keeps it.
func (imp *Import) noteLeavers() {
	if len(imp.leavers) == 0 {
		return
	}
	left := make(map[string]protectedMark)
	for _, m := range imp.leavers {
		for _, k := range m.keys {
			if _, ok := left[k]; !ok {
				left[k] = m
			}
		}
	}
	noted := make(map[roster.RowID]bool) // it runs again on a list of several files
	for _, p := range imp.Problems {
		if p.Code == check.CodeListedAsLeft {
			noted[p.Row] = true
		}
	}
	for _, row := range imp.Roster.Rows {
		if row.Protected || row.LeftOut || noted[row.ID] {
			continue
		}
		for _, k := range row.PersonKeys() {
			if m, ok := left[k]; ok {
				imp.Problems = append(imp.Problems, check.ListedAsLeft(row.ID, m.place))
				break
			}
		}
	}
}
