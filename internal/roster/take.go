package roster

import "slices"

// TakeRows readies src's rows to join r, one list of two: each gets a new
// id of r's, its source renumbered among r's Sources (src's are added),
// and its extra values moved to r's extra column of the same name (src's
// other extra columns are added to r, and columns src's user settled are
// settled in r). It returns the rows, not yet in r, in src's order, and
// each one's old id → new id. src is used up.
func (r *Roster) TakeRows(src *Roster) ([]*Row, map[RowID]RowID) {
	extra := make([]int, len(src.ExtraColumns))
	for i, name := range src.ExtraColumns {
		if extra[i] = slices.Index(r.ExtraColumns, name); extra[i] < 0 {
			extra[i] = r.AddExtraColumn(name)
		}
	}
	for _, name := range src.SettledColumns() {
		r.SetSettled(name, true)
	}
	for name := range src.markLike {
		r.SetMarkLike(name)
	}
	for name, target := range src.marksOff {
		r.SetMarkOff(name, target)
	}
	for name, f := range src.twins {
		r.SetTwin(name, f)
	}
	sources := make([]int, len(src.Sources)+1)
	for i, s := range src.Sources {
		sources[i+1] = r.AddSource(s)
	}
	ids := make(map[RowID]RowID, len(src.Rows))
	rows := src.Rows
	for _, row := range rows {
		old := row.ID
		row.ID = 0
		r.Adopt(row)
		ids[old] = row.ID
		if row.Source >= 0 && row.Source < len(sources) {
			row.Source = sources[row.Source]
		} else {
			row.Source = 0
		}
		if len(row.Extra) > 0 {
			moved := make([]string, len(r.ExtraColumns))
			for i, v := range row.Extra {
				if i < len(extra) {
					moved[extra[i]] = v
				}
			}
			row.Extra = moved
		}
	}
	*src = Roster{}
	return rows, ids
}
