package ui

import (
	"rosterdesk/internal/sheet"
)

// keyColumnMapPrefix starts the preference key of the column mapping
// remembered for a header set: the prefix and sheet.HeaderSetKey of the
// headers, so that the preferences hold no header list, and never a value
// of the list.
const keyColumnMapPrefix = "columns.map."

// ColumnMaps returns the mapping remembered for the header set key, each
// as "HEADER=TARGET"; nil when none is, or for key "". A choice that a
// protection column is no mark, which an older version remembered, is
// not returned (sheet.Rememberable).
func (s settings) ColumnMaps(key string) []sheet.ColumnMap {
	if key == "" {
		return nil
	}
	var maps []sheet.ColumnMap
	for _, line := range s.p.StringList(keyColumnMapPrefix + key) {
		if m, err := sheet.ParseColumnMap(line); err == nil {
			maps = append(maps, m)
		}
	}
	return sheet.Rememberable(maps)
}

// SetColumnMaps remembers maps for the header set key; none forgets it.
func (s settings) SetColumnMaps(key string, maps []sheet.ColumnMap) {
	if key == "" {
		return
	}
	if len(maps) == 0 {
		s.p.RemoveValue(keyColumnMapPrefix + key)
		return
	}
	lines := make([]string, len(maps))
	for i, m := range maps {
		lines[i] = m.String()
	}
	s.p.SetStringList(keyColumnMapPrefix+key, lines)
}
