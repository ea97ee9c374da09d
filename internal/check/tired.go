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
	rows    roster.IDTable[*tiredRow]
	spell   [2]*spellField // School, email domain
	class   *classRule
	same    *sameNameRule
	pattern *emailPatternRule
	// staff counts teachers and pupils by email domain.
	staff *staffDomains
}

// tiredRow is what the rules counted a row under, so that it can be
// uncounted after its values changed. Each key is held once: the address
// in small letters is both the same-name rule's and the pattern rule's,
// the school counted is the class and pattern rules' too, and the
// address as written is the row's own (a record lives as long as its row
// is unchanged: an edit counts the row again). A million rows have a
// million records: each field here is 8 to 16 MB.
type tiredRow struct {
	// row is the row itself, for the suggestions of its class problems
	// and the address a new domain is put into.
	row *roster.Row
	// school is the School counted by the spelling, class and pattern
	// rules; "" for none.
	school string
	// lower is the address, trimmed, in small letters ("" when it has no
	// domain); the domain counted is its part after the @.
	lower string
	// class and grade are the class rule's key with the school school,
	// when classCounted.
	class string
	grade int32
	name  nameKey // the same-name rule's group; 0 for none
	// classCounted says the class rule counted the row.
	classCounted bool
	// staff is what the staff-domain count counted the row as.
	staff   staffKind
	pattern patternRow
}

// classKey returns the class rule's key of the row; the zero key when
// the rule did not count it.
func (st *tiredRow) classKey() classKey {
	if !st.classCounted {
		return classKey{}
	}
	return classKey{school: st.school, class: st.class, grade: int(st.grade)}
}

// spelt returns the values the spelling rules counted: the school and
// the email domain, "" for none. The domain is the lower-case address's
// part after its one @, as emailDomain's is the trimmed address's in small
// letters: small letters are rune by rune, and the @ splits no rune.
func (st *tiredRow) spelt() [2]string {
	domain := ""
	if st.lower != "" {
		domain = st.lower[strings.IndexByte(st.lower, '@')+1:]
	}
	return [2]string{st.school, domain}
}

// setClass records the class rule's key of the row.
func (st *tiredRow) setClass(k classKey) {
	st.class, st.grade, st.classCounted = k.class, int32(k.grade), k.school != ""
}

// address is the row's address, trimmed: the one whose domain is counted.
func (st *tiredRow) address() string { return strings.TrimSpace(st.row.Values[roster.Email]) }

func newTiredRule(rows int) *tiredRule {
	t := &tiredRule{rows: roster.NewIDTable[*tiredRow](rows), spell: spellFields(),
		class: newClassRule(), staff: newStaffDomains()}
	t.same = newSameNameRule(rows, func(id roster.RowID) string { return t.rows.At(id).lower })
	t.pattern = newEmailPatternRule(rows, func(id roster.RowID) (*patternRow, string) {
		st := t.rows.At(id)
		return &st.pattern, st.school
	})
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
	st := &tiredRow{row: row, school: f.school, lower: f.lower}
	for i, k := range st.spelt() {
		if k != "" {
			t.spell[i].add(k)
		}
	}
	st.setClass(t.class.add(row, f.school))
	st.name = t.same.add(row.ID, &f)
	st.staff = kindOf(row)
	t.staff.count(f.domain, st.staff, 1)
	t.rows.Set(row.ID, st)
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
	t.reserve(rows, emailKeys)
	for lo := 0; lo < len(rows); lo += factsChunk {
		hi := min(lo+factsChunk, len(rows))
		t.addChunk(rows[lo:hi], emailKeys[lo:hi], recs[lo:hi], facts[:hi-lo])
	}
}

// reserve makes room in the indexes of addresses and of names for the
// keys of rows, so that they are not grown step by step: the rows with
// an address, which the pattern and same-name rules count when the row
// has a school and a name.
func (t *tiredRule) reserve(rows []*roster.Row, emailKeys []string) {
	addrs, addrBytes, nameBytes := 0, 0, 0
	for i, row := range rows {
		v := &row.Values
		if emailKeys[i] == "" || v[roster.School] == "" || v[roster.FirstName] == "" || v[roster.LastName] == "" {
			continue
		}
		addrs++
		addrBytes += len(emailKeys[i])
		nameBytes += len(v[roster.School]) + len(v[roster.FirstName]) + len(v[roster.LastName]) + 2
	}
	t.pattern.addrs.keys.reserve(addrs, addrBytes)
	t.same.keys.reserve(addrs, nameBytes)
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
			recs[i] = tiredRow{row: rows[i], school: f.school, lower: f.lower}
		}
	})
	for i, row := range rows {
		t.rows.Set(row.ID, &recs[i])
	}
	var wg sync.WaitGroup
	for s, sf := range t.spell {
		wg.Go(func() {
			for i := range recs {
				if k := recs[i].spelt()[s]; k != "" {
					sf.add(k)
				}
			}
		})
	}
	wg.Go(func() {
		for i, row := range rows {
			recs[i].setClass(t.class.add(row, facts[i].school))
		}
	})
	wg.Go(func() {
		keys := sameNameKeys(facts)
		for i := range facts {
			recs[i].name = t.same.addKey(rows[i].ID, keys.at(i), facts[i].lower)
		}
	})
	wg.Go(func() {
		for i, row := range rows {
			recs[i].staff = kindOf(row)
			t.staff.count(facts[i].domain, recs[i].staff, 1)
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
	st := t.rows.At(id)
	if st == nil {
		return
	}
	for i, k := range st.spelt() {
		if k != "" {
			t.spell[i].remove(k)
		}
	}
	if st.classCounted {
		t.class.remove(st.classKey())
	}
	t.same.remove(st.name, st.lower)
	t.pattern.remove(id, &st.pattern, st.school, st.lower)
	t.staff.count(st.spelt()[1], st.staff, -1)
	t.rows.Remove(id)
}

func (t *tiredRule) problems(dst []Problem, id roster.RowID) []Problem {
	st := t.rows.At(id)
	if st == nil {
		return dst
	}
	// A rule that flags no row (its count for counts is 0) is not asked:
	// each asks maps of its own.
	if t.same.flagged > 0 {
		dst = t.same.problems(dst, id, st.name)
	}
	if t.class.flagged > 0 {
		dst = t.class.problems(dst, id, st.classKey())
	}
	for i, sf := range t.spell {
		if sf.flagged > 0 {
			dst = sf.problem(dst, id, st.spelt()[i], st.address())
		}
	}
	if t.pattern.flagged > 0 {
		dst = t.pattern.problems(dst, id, &st.pattern, st.school, st.lower)
	}
	return dst
}

func (t *tiredRule) counts() (errors, warnings int) {
	return 0, t.spell[0].flagged + t.spell[1].flagged + t.class.flagged + t.same.flagged + t.pattern.flagged
}

func (t *tiredRule) severity(id roster.RowID, f roster.Field) (Severity, bool) {
	st := t.rows.At(id)
	if st == nil {
		return Warning, false
	}
	switch f {
	case roster.School:
		return Warning, t.spell[0].targetOf(st.school) != ""
	case roster.Email:
		return Warning, t.spell[1].targetOf(st.spelt()[1]) != "" || t.pattern.warned(&st.pattern, st.school, st.lower)
	case roster.Class:
		return Warning, t.class.warned(st.classKey())
	case roster.FirstName:
		return Warning, t.same.warned(st.name)
	}
	return Warning, false
}

// schoolOf returns the classes of a checked row's school, nil when it
// names none or its school has no standard class, and the row.
func (t *tiredRule) schoolOf(id roster.RowID) (*classSchool, *roster.Row) {
	st := t.rows.At(id)
	if st == nil {
		return nil, nil
	}
	return t.class.schools[st.school], st.row
}
