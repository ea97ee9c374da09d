package check

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/roster/rostertest"
)

// plainNameRules finds the same-name and address-pattern warnings as the
// rules describe them, by grouping every row anew: the reference for the
// compact records and tables that the checker keeps them in. It returns
// the rows each code warns on; for same_name also the group's size.
func plainNameRules(r *roster.Roster) (sameName map[roster.RowID]int, notName map[roster.RowID]bool) {
	type facts struct {
		id                         roster.RowID
		school, first, last, lower string
		holds                      bool
	}
	var rows []facts
	for _, row := range r.Rows {
		if !checked(row) {
			continue
		}
		domain, address := emailDomain(row)
		if domain == "" {
			continue
		}
		f := facts{id: row.ID, school: roster.Tidy(row.Values[roster.School]),
			first: roster.Tidy(row.Values[roster.FirstName]), last: roster.Tidy(row.Values[roster.LastName]),
			lower: strings.ToLower(address)}
		if f.school == "" || f.first == "" || f.last == "" {
			continue
		}
		f.holds = holdsName(f.lower[:strings.IndexByte(f.lower, '@')], f.first, f.last)
		rows = append(rows, f)
	}
	// Same name: rows whose address holds the name, by school and name in
	// small letters; a group with two addresses or more warns.
	groups := map[string][]facts{}
	for _, f := range rows {
		if f.holds {
			k := strings.ToLower(f.school) + "\x00" + strings.ToLower(f.first) + "\x00" + strings.ToLower(f.last)
			groups[k] = append(groups[k], f)
		}
	}
	sameName = map[roster.RowID]int{}
	for _, g := range groups {
		addrs := map[string]bool{}
		for _, f := range g {
			addrs[f.lower] = true
		}
		if len(addrs) >= 2 {
			for _, f := range g {
				sameName[f.id] = len(g)
			}
		}
	}
	// Pattern: per school, the share of firstname.lastname addresses;
	// where it holds, an address of its own that holds no part of the
	// name warns.
	onRows := map[string]int{}
	for _, f := range rows {
		onRows[f.lower]++
	}
	type school struct{ named, exact int }
	schools := map[string]*school{}
	for _, f := range rows {
		s := schools[strings.ToLower(f.school)]
		if s == nil {
			s = &school{}
			schools[strings.ToLower(f.school)] = s
		}
		s.named++
		if isNameAddress(f.lower[:strings.IndexByte(f.lower, '@')], f.first, f.last) {
			s.exact++
		}
	}
	notName = map[roster.RowID]bool{}
	for _, f := range rows {
		s := schools[strings.ToLower(f.school)]
		if !f.holds && onRows[f.lower] == 1 && s.named >= patternRows && s.exact*100 >= s.named*patternShare {
			notName[f.id] = true
		}
	}
	return sameName, notName
}

// nameRulesOf returns the same-name and address-pattern warnings among
// problems, as plainNameRules does.
func nameRulesOf(t *testing.T, problems []Problem) (sameName map[roster.RowID]int, notName map[roster.RowID]bool) {
	t.Helper()
	sameName, notName = map[roster.RowID]int{}, map[roster.RowID]bool{}
	for _, p := range problems {
		switch p.Code {
		case CodeSameName:
			var n int
			if _, err := fmt.Sscan(fmt.Sprint(p.Message.Args[0]), &n); err != nil {
				t.Fatalf("same_name message %v: %v", p.Message, err)
			}
			sameName[p.Row] = n
		case CodeEmailNotName:
			notName[p.Row] = true
		}
	}
	return sameName, notName
}

// namePools are the values the random edits of TestTiredRecordsAgreeWithPlainRules
// draw from: names in two cases, with and without å, ä, ö, addresses that
// are firstname.lastname, hold part of a name, or none, shared or not.
var namePools = map[roster.Field][]string{
	roster.School:    {"Ekskolan", "ekskolan", "Ekskolan ", "Björkskolan", "Ek skolan", ""},
	roster.FirstName: {"Anna", "anna", "Åsa", "Asa", "Bo", "Anna Lisa", ""},
	roster.LastName:  {"Berg", "berg", "Öst", "Ost", "Ek", "Berg-Ek", ""},
	roster.Email: {"anna.berg@ek.se", "Anna.Berg@ek.se", "anna.berg2@ek.se", " asa.ost@ek.se", "aasa.oest@ek.se",
		"bo.ek@ek.se", "x1@ek.se", "x2@EK.se", "zz@bjork.se", "annaberg@ek.se", "no-at-sign", ""},
	roster.Class: {"1A", "1B", "1C", "2A", "3C", "9", "A", ""},
	roster.Role:  {"student", "student", "teacher"},
}

// patternBase is a school where every address is firstname.lastname, so
// that the address-pattern rule is on while the random rows come and go.
func patternBase(r *roster.Roster, n int) {
	for i := range n {
		f, l := rostertest.Name(i * 41)
		email := strings.ToLower(fmt.Sprintf("%s.%s@ek.se", f, l))
		email = strings.NewReplacer("å", "a", "ä", "a", "ö", "o").Replace(email)
		r.Append(person(set(roster.School, "Ekskolan"), set(roster.FirstName, f), set(roster.LastName, l), set(roster.Email, email),
			set(roster.Class, []string{"3A", "3B"}[i%2])))
	}
}

// TestTiredRecordsAgreeWithPlainRules edits rosters at random and after
// every edit compares the checker's problems with a checker made anew on
// the same roster, and its same-name and address-pattern warnings with
// plainNameRules: the compact records (the school and domain held once,
// the pattern's school looked up, addresses of one row kept apart from
// shared ones, groups of one name apart from the others) give the
// problems the rules describe.
func TestTiredRecordsAgreeWithPlainRules(t *testing.T) {
	fields := []roster.Field{roster.School, roster.FirstName, roster.LastName, roster.Email, roster.Class, roster.Role}
	seen := map[Code]int{}
	for seed := range uint64(12) {
		rng := rand.New(rand.NewPCG(seed, 15))
		r := roster.New()
		patternBase(r, 12)
		random := func() [roster.NumFields]string {
			v := person()
			for _, f := range fields {
				v[f] = namePools[f][rng.IntN(len(namePools[f]))]
			}
			return v
		}
		for range 10 {
			r.Append(random())
		}
		c := NewChecker(r)
		for step := range 300 {
			switch rng.IntN(8) {
			case 0:
				c.Added(r.Append(random()))
			case 1:
				if r.Len() > 1 {
					i := rng.IntN(r.Len())
					c.Removed(r.Remove(i, i+1)...)
				}
			case 2:
				row := r.Rows[rng.IntN(r.Len())]
				row.Protected = !row.Protected
				c.ProtectedChanged(row)
			default:
				row := r.Rows[rng.IntN(r.Len())]
				f := fields[rng.IntN(len(fields))]
				old := row.Values[f]
				row.Values[f] = namePools[f][rng.IntN(len(namePools[f]))]
				c.Changed(row, f, old)
			}
			got := c.Problems()
			if fresh := NewChecker(r).Problems(); !reflect.DeepEqual(got, fresh) {
				t.Fatalf("seed %d step %d: after edits %d problems, checked anew %d", seed, step, len(got), len(fresh))
			}
			for _, p := range got {
				seen[p.Code]++
			}
			wantSame, wantNot := plainNameRules(r)
			gotSame, gotNot := nameRulesOf(t, got)
			if !reflect.DeepEqual(gotSame, wantSame) {
				t.Fatalf("seed %d step %d: same_name on %v, plainly on %v", seed, step, gotSame, wantSame)
			}
			if !reflect.DeepEqual(gotNot, wantNot) {
				t.Fatalf("seed %d step %d: email_not_name on %v, plainly on %v", seed, step, gotNot, wantNot)
			}
			e, w := c.Counts()
			if e+w != len(got) {
				t.Fatalf("seed %d step %d: counts %d+%d, %d problems", seed, step, e, w, len(got))
			}
		}
	}
	for _, code := range []Code{CodeSameName, CodeEmailNotName, CodeEmailDuplicate, CodeSpellingVariant, CodeClassLone} {
		if seen[code] == 0 {
			t.Errorf("no %s in any step: the edits do not try that rule (seen %v)", code, seen)
		}
	}
}

// TestLargeListAgreesWithPlainRules checks a list large enough to be
// indexed on all processors, with namesakes, shared addresses and
// addresses that fit no name, against plainNameRules.
func TestLargeListAgreesWithPlainRules(t *testing.T) {
	r := rostertest.Roster(3 * parallelRows)
	rng := rand.New(rand.NewPCG(3, 4))
	fold := strings.NewReplacer("å", "a", "ä", "a", "ö", "o")
	for i, row := range r.Rows {
		// firstname.lastname with a number, which the pattern allows
		row.Values[roster.Email] = fold.Replace(strings.ToLower(fmt.Sprintf("%s.%s%d@skola.example.se",
			row.Values[roster.FirstName], row.Values[roster.LastName], i)))
		switch rng.IntN(40) {
		case 0:
			row.Values[roster.Email] = fmt.Sprintf("x%d@skola.example.se", rng.IntN(1000))
		case 1:
			row.Values[roster.Email] = r.Rows[rng.IntN(len(r.Rows))].Values[roster.Email]
		case 2:
			row.Values[roster.FirstName] = strings.ToUpper(row.Values[roster.FirstName])
		case 3:
			row.Values[roster.Email] = " " + strings.ToUpper(row.Values[roster.Email])
		}
	}
	got := NewChecker(r).Problems()
	gotSame, gotNot := nameRulesOf(t, got)
	wantSame, wantNot := plainNameRules(r)
	if !reflect.DeepEqual(gotSame, wantSame) {
		t.Errorf("same_name on %d rows, plainly on %d", len(gotSame), len(wantSame))
	}
	if !reflect.DeepEqual(gotNot, wantNot) {
		t.Errorf("email_not_name on %d rows, plainly on %d", len(gotNot), len(wantNot))
	}
	if len(wantSame) == 0 || len(wantNot) == 0 {
		t.Errorf("same_name on %d rows, email_not_name on %d: the list does not try both rules", len(wantSame), len(wantNot))
	}
	ids := slices.Collect(func(yield func(roster.RowID) bool) {
		for id := range wantNot {
			if !yield(id) {
				return
			}
		}
	})
	if len(ids) > len(r.Rows)/10 {
		t.Errorf("email_not_name on %d of %d rows: the pattern should hold at most schools", len(ids), len(r.Rows))
	}
}
