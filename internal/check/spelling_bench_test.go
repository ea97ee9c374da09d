package check

import (
	"testing"

	"rosterdesk/internal/roster"
)

// benchEdit measures one cell edit and its re-check at 100,000 rows, the
// cell flipping between values.
func benchEdit(b *testing.B, f roster.Field, values ...string) {
	r := cleanRoster(100_000, 7)
	c := NewChecker(r)
	row := r.Rows[50_000]
	flipCell(b, c, row, f, append(values, row.Values[f]), nil)
}

// flipCell measures an edit of one cell of row, in turn to each of
// values, its re-check and the counts the status bar shows; then, when
// set, each.
func flipCell(b *testing.B, c *Checker, row *roster.Row, f roster.Field, values []string, each func()) {
	b.ResetTimer()
	i := 0
	for b.Loop() {
		old := row.Values[f]
		row.Values[f] = values[i%len(values)]
		c.Changed(row, f, old)
		c.Counts()
		if each != nil {
			each()
		}
		i++
	}
}

// BenchmarkSpellingSchoolTypo is the worst case of the spelling rule: a
// school typed wrong makes a new value one slip from a large one, and
// typing it right again drops it, each time judging the neighbours.
func BenchmarkSpellingSchoolTypo(b *testing.B) {
	benchEdit(b, roster.School, "Ekskolann", "Ekeskolan", "Ekskola", "ekskolan")
}

// BenchmarkSpellingDomainTypo types an address on a misspelt domain and
// back.
func BenchmarkSpellingDomainTypo(b *testing.B) {
	benchEdit(b, roster.Email, "tova.lind@elev.bors.se", "tova.lind@elev.boras.sr")
}

// BenchmarkNameCaseTypo types a name in capitals and back.
func BenchmarkNameCaseTypo(b *testing.B) {
	benchEdit(b, roster.LastName, "VON ESSEN", "af klint")
}

// BenchmarkClassTypo types a class into a lone one of its grade and into
// a grade its school lacks, and back.
func BenchmarkClassTypo(b *testing.B) {
	benchEdit(b, roster.Class, "9X", "2C")
}

// BenchmarkPeopleTypo pastes another row's address and a namesake's name
// into a row, and back: the same-name and address-pattern rules.
func BenchmarkPeopleTypo(b *testing.B) {
	benchEdit(b, roster.Email, "alva.lindqvist@elev.boras.se", "xq7731@elev.boras.se")
}

// BenchmarkCheckClean100k checks a clean 100,000-row list of
// real-looking names with every rule: the full check's cost when the new
// rules find nothing.
func BenchmarkCheckClean100k(b *testing.B) {
	r := cleanRoster(100_000, 7)
	b.ResetTimer()
	for b.Loop() {
		Check(r)
	}
}
