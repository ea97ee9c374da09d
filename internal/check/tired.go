package check

import (
	"strings"
	"sync"

	"rosterdesk/internal/roster"
)

// tiredRule runs the rules that catch what a tired eye misses — stray
// spellings of a school or email domain, lone students in a class, one
// person twice, an address that fits no part of its name — over one
// record per row, so that all of them together cost one map entry per
// row when a large list is checked.
type tiredRule struct {
	rows    rowTable[*tiredRow]
	spell   [2]*spellField // School, email domain
	class   *classRule
	same    *sameNameRule
	pattern *emailPatternRule
}

// tiredRow is what the rules counted a row under, so that it can be
// uncounted after its values changed. Each key is held once: the address
// in small letters is both the same-name rule's and the pattern rule's,
// and the address as written is the row's own (a record lives as long as
// its row is unchanged: an edit counts the row again).
type tiredRow struct {
	// row is the row itself, for the suggestions of its class problems
	// and the address a new domain is put into.
	row   *roster.Row
	spell [2]string // the School and email domain counted; "" for none
	// lower is the address, trimmed, in small letters ("" when it has no
	// domain).
	lower   string
	class   classKey
	name    string // the same-name rule's group; "" for none
	pattern patternRow
}

// address is the row's address, trimmed: the one whose domain is counted.
func (st *tiredRow) address() string { return strings.TrimSpace(st.row.Values[roster.Email]) }

func newTiredRule(rows int) *tiredRule {
	t := &tiredRule{rows: newRowTable[*tiredRow](rows), spell: spellFields(),
		class: newClassRule(), same: newSameNameRule()}
	t.pattern = newEmailPatternRule(rows, func(id roster.RowID) *patternRow { return &t.rows.at(id).pattern })
	return t
}

// rowFacts are the parts of a row the rules look at, worked out once.
type rowFacts struct {
	school, first, last string // trimmed, single spaces
	// domain is the address's domain in small letters, "" when the
	// address has none; address is the trimmed address, lower the same
	// in small letters (one string that the rules share), and local its
	// name in small letters.
	domain, address, lower, local string
	// holds says whether local holds a part of the name.
	holds bool
}

// factsOf works out a row's facts; key is the row's roster.EmailKey when
// the caller has it already ("" when not), so that the address in small
// letters is one string that the duplicate index and these rules share.
func factsOf(row *roster.Row, key string) rowFacts {
	f := rowFacts{school: roster.Tidy(row.Values[roster.School]),
		first: roster.Tidy(row.Values[roster.FirstName]),
		last:  roster.Tidy(row.Values[roster.LastName])}
	f.domain, f.address = emailDomain(row)
	if f.domain != "" {
		// EmailKey is the tidied address in small letters: the same as
		// the trimmed one's when tidying changes nothing.
		if f.lower = key; key == "" || len(key) != len(f.address) || roster.Tidy(f.address) != f.address {
			f.lower = strings.ToLower(f.address)
		}
		f.local = f.lower[:strings.IndexByte(f.lower, '@')]
		f.holds = f.first != "" && f.last != "" && holdsName(f.local, f.first, f.last)
	}
	return f
}

func (t *tiredRule) add(row *roster.Row) {
	f := factsOf(row, "")
	st := &tiredRow{row: row, spell: [2]string{f.school, f.domain}, lower: f.lower}
	for i, sf := range t.spell {
		if st.spell[i] != "" {
			sf.add(st.spell[i])
		}
	}
	st.class = t.class.add(row, f.school)
	st.name = t.same.add(&f)
	t.rows.set(row.ID, st)
	t.pattern.add(row.ID, &f, &st.pattern)
}

// addAll adds rows, all checked and none known yet, as add would one
// after the other, but side by side: the rows' facts are worked out on all
// processors, then each rule counts every row on a goroutine of its own.
// The rules share nothing but the records, and each writes only its own
// part of them. emailKeys are the rows' roster.EmailKey.
//
// The facts are worked out and counted factsChunk rows at a time: the
// records stay, but the facts of a million rows at once would be 120 MB
// more at the check's peak.
func (t *tiredRule) addAll(rows []*roster.Row, emailKeys []string) {
	recs := make([]tiredRow, len(rows))
	facts := make([]rowFacts, min(len(rows), factsChunk))
	for lo := 0; lo < len(rows); lo += factsChunk {
		hi := min(lo+factsChunk, len(rows))
		t.addChunk(rows[lo:hi], emailKeys[lo:hi], recs[lo:hi], facts[:hi-lo])
	}
}

// factsChunk is how many rows' facts addAll holds at a time: enough for
// inChunks to split among processors (TestParallelCheckEqualsOneByOne
// checks a roster of more than one chunk).
const factsChunk = 2 * parallelRows

// addChunk adds rows as addAll does, into their records recs, with facts
// as room for their facts.
func (t *tiredRule) addChunk(rows []*roster.Row, emailKeys []string, recs []tiredRow, facts []rowFacts) {
	inChunks(len(rows), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			f := factsOf(rows[i], emailKeys[i])
			facts[i] = f
			recs[i] = tiredRow{row: rows[i], spell: [2]string{f.school, f.domain}, lower: f.lower}
		}
	})
	for i, row := range rows {
		t.rows.set(row.ID, &recs[i])
	}
	var wg sync.WaitGroup
	for s, sf := range t.spell {
		wg.Go(func() {
			for i := range recs {
				if k := recs[i].spell[s]; k != "" {
					sf.add(k)
				}
			}
		})
	}
	wg.Go(func() {
		for i, row := range rows {
			recs[i].class = t.class.add(row, facts[i].school)
		}
	})
	wg.Go(func() {
		for i := range facts {
			recs[i].name = t.same.add(&facts[i])
		}
	})
	wg.Go(func() {
		for i, row := range rows {
			t.pattern.add(row.ID, &facts[i], &recs[i].pattern)
		}
	})
	wg.Wait()
}

func (t *tiredRule) remove(id roster.RowID) {
	st := t.rows.at(id)
	if st == nil {
		return
	}
	for i, sf := range t.spell {
		if st.spell[i] != "" {
			sf.remove(st.spell[i])
		}
	}
	if st.class.school != "" {
		t.class.remove(st.class)
	}
	if st.name != "" {
		t.same.remove(st.name, st.lower)
	}
	t.pattern.remove(id, &st.pattern, st.lower)
	t.rows.remove(id)
}

func (t *tiredRule) problems(dst []Problem, id roster.RowID) []Problem {
	st := t.rows.at(id)
	if st == nil {
		return dst
	}
	// A rule that flags no row (its count for counts is 0) is not asked:
	// each asks maps of its own.
	if t.same.flagged > 0 {
		dst = t.same.problems(dst, id, st.name)
	}
	if t.class.flagged > 0 {
		dst = t.class.problems(dst, id, st.class)
	}
	for i, sf := range t.spell {
		if sf.flagged > 0 {
			dst = sf.problem(dst, id, st.spell[i], st.address())
		}
	}
	if t.pattern.flagged > 0 {
		dst = t.pattern.problems(dst, id, &st.pattern, st.lower)
	}
	return dst
}

func (t *tiredRule) counts() (errors, warnings int) {
	return 0, t.spell[0].flagged + t.spell[1].flagged + t.class.flagged + t.same.flagged + t.pattern.flagged
}

func (t *tiredRule) severity(id roster.RowID, f roster.Field) (Severity, bool) {
	st := t.rows.at(id)
	if st == nil {
		return Warning, false
	}
	switch f {
	case roster.School:
		return Warning, t.spell[0].targetOf(st.spell[0]) != ""
	case roster.Email:
		return Warning, t.spell[1].targetOf(st.spell[1]) != "" || t.pattern.warned(&st.pattern, st.lower)
	case roster.Class:
		return Warning, t.class.warned(st.class)
	case roster.FirstName:
		return Warning, t.same.warned(st.name)
	}
	return Warning, false
}

// schoolOf returns the classes of a checked row's school, nil when it
// names none or its school has no standard class, and the row.
func (t *tiredRule) schoolOf(id roster.RowID) (*classSchool, *roster.Row) {
	st := t.rows.at(id)
	if st == nil {
		return nil, nil
	}
	return t.class.schools[st.spell[0]], st.row
}
