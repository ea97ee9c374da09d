package roster

import (
	"iter"
	"maps"
)

// MainMunicipality picks the municipality of a file from the number of
// rows that name each one: the most common, ties going to the
// alphabetically first so that the choice never depends on row order.
// Empty names do not count. It returns "" when counts has no name.
func MainMunicipality(counts iter.Seq2[string, int]) string {
	best, bestN := "", 0
	for name, n := range counts {
		if name == "" || n <= 0 {
			continue
		}
		if n > bestN || (n == bestN && name < best) {
			best, bestN = name, n
		}
	}
	return best
}

// Municipality returns the main municipality of the roster's exportable
// rows (not blank, protected or left out), by MainMunicipality over the
// municipalities their values stand for (MunicipalityName: "Ale kommun"
// and 1440 are Ale).
func (r *Roster) Municipality() string {
	counts := make(map[string]int)
	for _, row := range r.Rows {
		if !row.Exported() {
			continue
		}
		name, _ := MunicipalityName(row.Values[Municipality])
		counts[name]++
	}
	return MainMunicipality(maps.All(counts))
}
