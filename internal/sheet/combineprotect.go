package sheet

import (
	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// protectCopies fails closed across sources: a row that is not protected
// but whose person (by address or SSOID) is marked protected on another
// row, as a teacher's class sheet beside the school system's list with
// its protection column, is protected too, with a warning naming where
// the mark is; so is one marked on a sheet not read as people (imp.outside:
// a hidden sheet, a leavers' sheet). It runs before the shared people are
// counted, so that a protected person is no "duplicate" to delete down to
// the unmarked copy.
func (imp *Import) protectCopies() {
	marked := map[string]protectedMark{}
	for _, row := range imp.Roster.Rows {
		if row.Protected {
			for _, k := range row.PersonKeys() {
				if _, ok := marked[k]; !ok {
					marked[k] = protectedMark{row: row}
				}
			}
		}
	}
	for _, m := range imp.outside {
		for _, k := range m.keys {
			if _, ok := marked[k]; !ok {
				marked[k] = m
			}
		}
	}
	if len(marked) == 0 {
		return
	}
	for _, row := range imp.Roster.Rows {
		if row.Protected {
			continue
		}
		if m, ok := rowKeyMark(marked, row); ok {
			row.Protected = true
			imp.Problems = append(imp.Problems, check.ProtectedCopy(row.ID, imp.markPlace(m)))
		}
	}
}

// protectedMark is a protected person that protects their copies: a row
// of the list, or the keys of a row of a sheet not read as people and
// the place that names it.
type protectedMark struct {
	row   *roster.Row
	keys  []string
	place i18n.Text
	// values are the fields of a row of a sheet not read, for a mark
	// without keys to be matched by name (protectByName).
	values [roster.NumFields]string
}

// markPlace names where mark m is, for a message.
func (imp *Import) markPlace(m protectedMark) i18n.Text {
	if m.row != nil {
		return imp.rowPlace(m.row)
	}
	return m.place
}

// protectedMarks returns the protected people of imp (a sheet not read
// as people), by their address and SSOID (or, without them, their name),
// each with its place. imp may be nil.
func (imp *Import) protectedMarks() []protectedMark {
	if imp == nil || imp.Roster == nil {
		return nil
	}
	label := roster.Source{File: imp.Path, Sheet: imp.Sheet}.Label()
	var out []protectedMark
	for _, row := range imp.Roster.Rows {
		if row.Protected {
			out = append(out, protectedMark{keys: row.PersonKeys(), place: i18n.T("%s, row %d", label, row.SourceLine), values: row.Values})
		}
	}
	return out
}

// rowPlace names a row for a message: its source and row number
// ("elever.xlsx:Elever, row 5").
func (imp *Import) rowPlace(row *roster.Row) i18n.Text {
	s, _ := imp.Roster.SourceOf(row)
	return i18n.T("%s, row %d", s.Label(), row.SourceLine)
}
