package roster

import "path/filepath"

// Source names where imported rows came from: a file and, for a
// workbook, one of its sheets. A list may combine several (File > Add
// rows from file…, `roster check FILE...`, a workbook of several sheets).
type Source struct {
	// File is the file's path as given; Sheet the sheet's name, "" for
	// a csv.
	File, Sheet string
	// Filtered says the sheet has a filter (autoFilter) and hides rows:
	// a row it hides may be hidden only by the filter, not left out on
	// purpose.
	Filtered bool
}

// Label names the source for a message: the file's name without its
// folder and, for a workbook, the sheet ("elever.xlsx:Elever").
func (s Source) Label() string {
	name := filepath.Base(s.File)
	if s.Sheet == "" {
		return name
	}
	return name + ":" + s.Sheet
}

// AddSource adds s to the roster's sources, unless it is there already,
// and returns its number for Row.Source.
func (r *Roster) AddSource(s Source) int {
	for i, have := range r.Sources {
		if have == s {
			return i + 1
		}
	}
	r.Sources = append(r.Sources, s)
	return len(r.Sources)
}

// SourceOf returns where row was read from; ok is false for a row typed
// or pasted in the program.
func (r *Roster) SourceOf(row *Row) (s Source, ok bool) {
	if row.Source < 1 || row.Source > len(r.Sources) {
		return Source{}, false
	}
	return r.Sources[row.Source-1], true
}

// FileOf returns the place in r's Sources of source i (from 1) of a list
// whose sources were from, once r has taken that list's rows (TakeRows);
// 0 for 0 or a place from does not have.
func (r *Roster) FileOf(from []Source, i int) int {
	if i < 1 || i > len(from) {
		return 0
	}
	return r.AddSource(from[i-1])
}
