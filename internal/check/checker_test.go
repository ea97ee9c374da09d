package check

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// pools hold few values per field so that random edits often make
// duplicates, flip the main municipality and hit every rule.
var pools = [roster.NumFields][]string{
	{"", "a@s.se", "A@s.se", "b@s.se", "c@s.se", "bad.address", "å@s.se", " b@s.se", "a@s"},
	{"", "Tova", "Eskil", " Aino", "Liv  Ek"},
	{"", "Lind", "Berg"},
	{"", "9A", "9 a", "9", "8B", "Blå gruppen", "åk 7", "A", "FA"},
	{"", "Norrskolan", "Söderskolan", "Norrskolan "},
	{"", "Borås", "Ulricehamn", "Boras", " Borås", "Ulricehamn\t"},
	{"", "student", "teacher", "Elev", "rektor?", "Lärare", "Förstelärare", "Lärarstudent"},
	{"", "1001", "1002", "1001 "},
}

// extraPool and statusPool are the values of the random rosters' grade
// and status columns.
var (
	extraPool  = []string{"", "9", "8", "åk 7", "note"}
	statusPool = []string{"", "Aktiv", "Utskriven", "Tjänstledig"}
)

func randomValue(rng *rand.Rand, f roster.Field) string {
	// Half of the edits empty the cell or leave it as it mostly is, so
	// that rows often turn blank.
	if rng.IntN(4) == 0 {
		return ""
	}
	return pools[f][rng.IntN(len(pools[f]))]
}

func randomRow(rng *rand.Rand, r *roster.Roster) *roster.Row {
	row := r.NewRow()
	if rng.IntN(5) == 0 {
		return row // blank, as Add row makes
	}
	for f := range row.Values {
		row.Values[f] = randomValue(rng, roster.Field(f))
	}
	row.Protected = rng.IntN(10) == 0
	return row
}

// naiveCheck is the reference the checker is held to: a full check written
// the plain way, scanning the roster for every group rule.
func naiveCheck(r *roster.Roster) []Problem {
	emails, ssoids := map[string]int{}, map[string]int{}
	for _, row := range r.Rows {
		if !row.Exported() {
			continue
		}
		emails[strings.ToLower(strings.TrimSpace(row.Values[roster.Email]))]++
		ssoids[strings.TrimSpace(row.Values[roster.SSOID])]++
	}
	main := r.Municipality()
	only := main != ""
	for _, row := range r.Rows {
		if k := municipalityKey(row.Values[roster.Municipality]); row.Exported() && k != "" && k != main {
			only = false
		}
	}
	var out []Problem
	for _, row := range r.Rows {
		if !row.Exported() {
			continue
		}
		ps := rowProblems(nil, row, contextOf(r))
		naiveSuggest(r, row, ps)
		naiveStaffDomain(r, row, ps)
		for i := range ps {
			if p := &ps[i]; only && p.Code == CodeMissing && p.Field == roster.Municipality {
				p.Fix = &Fix{Label: i18n.T("Fill in %q", main), Value: main}
			} else if main == "" && p.Code == CodeMissing && p.Field == roster.Municipality {
				p.Fix = &Fix{Label: i18n.T("Fill in the municipality of every row…"), Ask: true}
			}
		}
		byEmail, bySSOID := naiveStaff(r, row, roster.Email, roster.EmailKey), naiveStaff(r, row, roster.SSOID, roster.SSOIDKey)
		if k := strings.ToLower(strings.TrimSpace(row.Values[roster.Email])); k != "" && emails[k] > 1 && byEmail == nil {
			ps = append(ps, duplicateProblem(row.ID, roster.Email, CodeEmailDuplicate, i18n.T("address"), emails[k]))
		}
		if k := strings.TrimSpace(row.Values[roster.SSOID]); k != "" && ssoids[k] > 1 && bySSOID == nil {
			ps = append(ps, duplicateProblem(row.ID, roster.SSOID, CodeSSOIDDuplicate, i18n.T("SSO id"), ssoids[k]))
		}
		if staff := append(byEmail, bySSOID...); staff != nil {
			ids, schools := []roster.RowID{}, map[string]bool{}
			for _, other := range staff {
				if !slices.Contains(ids, other.ID) {
					ids = append(ids, other.ID)
				}
				if s := strings.ToLower(strings.Join(strings.Fields(other.Values[roster.School]), " ")); s != "" {
					schools[s] = true
				}
			}
			slices.Sort(ids)
			ps = append(ps, staffProblem(row.ID, ids, len(schools)))
		}
		ps = append(ps, naiveSectionMerge(r, row)...)
		if m := municipalityKey(row.Values[roster.Municipality]); m != "" && m != main {
			p := mixedMunicipalityProblem(row.ID, main)
			if nearSpelling(foldSpelling(m), foldSpelling(main)) {
				p.Code, p.Severity, p.Message = CodeSpellingVariant, CodeSpellingVariant.Severity(), spellMessage(main, countMunicipality(r, main))
			}
			if n := countMunicipality(r, main); n == countMunicipality(r, m) {
				p.Message = i18n.T("one file holds one municipality, but as many rows say %q as %q (%d each): which one is it?", m, main, n)
				p.Fix = nil
			}
			ps = append(ps, p)
		}
		slices.SortStableFunc(ps, compareProblems)
		out = append(out, ps...)
	}
	return out
}

// naiveSuggest gives the class problems of row the suggestions of its
// school's classes, scanning the roster for them.
func naiveSuggest(r *roster.Roster, row *roster.Row, ps []Problem) {
	school := roster.Tidy(row.Values[roster.School])
	s := &classSchool{grades: map[int]*classGrade{}}
	for _, other := range r.Rows {
		pc := roster.ParseClass(other.Values[roster.Class])
		if !other.Exported() || other.Kind() != roster.Student || pc.Form != roster.ClassStandard ||
			school == "" || roster.Tidy(other.Values[roster.School]) != school {
			continue
		}
		if s.grades[pc.Grade] == nil {
			s.grades[pc.Grade] = &classGrade{classes: map[string]int{}}
		}
		s.grades[pc.Grade].classes[pc.Canonical]++
	}
	if _, text, _ := contextOf(r).gradeOf(row); len(s.grades) == 0 || text != "" {
		return
	}
	for i, p := range ps {
		switch {
		case p.Fix != nil:
		case p.Code == CodeClassMissing:
			ps[i].Message = i18n.T("a student needs a class, such as one of this school's: %s", s.examples(3))
		case p.Code == CodeClassNoGrade && len(s.grades) == 1:
			for _, grade := range s.grades {
				if len(grade.classes) < 2 {
					return
				}
			}
			for g, grade := range s.grades {
				section := roster.Tidy(row.Values[roster.Class])
				if joined := fmt.Sprint(g, strings.ToUpper(section)); grade.classes[joined] == 0 {
					ps[i].Message = i18n.T("%q is only a section: every class of this school is in year %d, so the class is likely %s", section, g, joined)
					ps[i].Fix = &Fix{Label: i18n.T("Change to %q", joined), Value: joined}
				}
			}
		}
	}
}

// naiveSectionMerge returns the class_merge error of a student whose
// section-only class is shared at the school by students of different or
// unknown years, scanning the roster for them.
func naiveSectionMerge(r *roster.Roster, row *roster.Row) []Problem {
	x := contextOf(r)
	key := func(row *roster.Row) string {
		section, school := roster.Tidy(row.Values[roster.Class]), roster.Tidy(row.Values[roster.School])
		if !row.Exported() || school == "" || !roster.SectionOnly(section) || row.Kind() != roster.Student {
			return ""
		}
		return school + "/" + strings.ToUpper(section)
	}
	k := key(row)
	if k == "" {
		return nil
	}
	var n, unknown int
	var section string
	years := map[string]bool{}
	for _, other := range r.Rows {
		if key(other) != k {
			continue
		}
		if n == 0 {
			section = roster.Tidy(other.Values[roster.Class])
		}
		n++
		if y, _ := x.yearOf(other); y == "" {
			unknown++
		} else {
			years[y] = true
		}
	}
	if n < 2 || unknown == 0 && len(years) < 2 {
		return nil
	}
	school := roster.Tidy(row.Values[roster.School])
	p := Problem{Row: row.ID, Field: roster.Class, Severity: Error, Code: CodeClassMerge}
	year, column := x.yearOf(row)
	if unknown > 0 {
		p.Message = i18n.T("%d pupils at %s have the class %q without a year, and the year of %d of them is not known: the upload file would make them one class, whatever their years",
			n, school, section, unknown)
	} else {
		list := slices.Sorted(maps.Keys(years))
		p.Message = i18n.T("%d pupils at %s have the class %q without a year, and the column %q puts them in different years (%s): the upload file would make them one class",
			n, school, section, column, strings.Join(list, ", "))
	}
	if joined, ok := roster.JoinGradeSection(year, section); ok && year != "" {
		p.Fix = &Fix{Label: i18n.T("Change to %q", joined), Value: joined}
	}
	return []Problem{p}
}

// naiveStaff returns the checked rows that share field f's key with row
// when they are all teachers at two or more schools, else nil.
func naiveStaff(r *roster.Roster, row *roster.Row, f roster.Field, key func(string) string) []*roster.Row {
	k := key(row.Values[f])
	if k == "" {
		return nil
	}
	var group []*roster.Row
	schools := map[string]bool{}
	for _, other := range r.Rows {
		if !other.Exported() || key(other.Values[f]) != k {
			continue
		}
		if roster.ParseRole(other.Values[roster.Role]) != roster.Teacher {
			return nil
		}
		group = append(group, other)
		if s := strings.ToLower(strings.Join(strings.Fields(other.Values[roster.School]), " ")); s != "" {
			schools[s] = true
		}
	}
	if len(schools) < 2 {
		return nil
	}
	return group
}

// countMunicipality counts the checked rows of municipality m.
func countMunicipality(r *roster.Roster, m string) int {
	n := 0
	for _, row := range r.Rows {
		if row.Exported() && municipalityKey(row.Values[roster.Municipality]) == m {
			n++
		}
	}
	return n
}

// TestCheckerAgreesWithFullCheck edits small rosters at random and, after
// every step, compares the incremental checker with a check from scratch
// and with the plain reference check.
func TestCheckerAgreesWithFullCheck(t *testing.T) {
	steps := 0
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 99))
		r := roster.New()
		if seed%2 == 1 {
			r.ExtraColumns = []string{"Årskurs", "Status"}
		}
		for range 4 + rng.IntN(6) {
			r.Rows = append(r.Rows, randomRow(rng, r))
		}
		c := NewChecker(r)
		var removed []*roster.Row // for undoing deletes: rows come back with their ids
		for step := range 600 {
			what := rng.IntN(20)
			if r.Len() > 12 && what > 10 {
				what = 14 // keep the roster small, so that values collide
			}
			switch {
			case what < 10 && r.Len() > 0:
				row := r.Rows[rng.IntN(r.Len())]
				f := roster.Field(rng.IntN(int(roster.NumFields)))
				old := row.Values[f]
				row.Values[f] = randomValue(rng, f)
				c.Changed(row, f, old)
			case what == 10 && r.Len() > 0:
				row := r.Rows[rng.IntN(r.Len())]
				if len(row.Extra) == 0 || rng.IntN(3) > 0 {
					row.Extra = []string{extraPool[rng.IntN(len(extraPool))], statusPool[rng.IntN(len(statusPool))]}
				} else {
					row.Extra = nil
				}
				c.Changed(row, roster.NoField, "")
			case what == 11 || what == 12:
				var rows []*roster.Row
				for range 1 + rng.IntN(3) {
					rows = append(rows, randomRow(rng, r))
				}
				r.Insert(rng.IntN(r.Len()+1), rows...)
				c.Added(rows...)
			case what == 13 && len(removed) > 0:
				r.Insert(rng.IntN(r.Len()+1), removed...)
				c.Added(removed...)
				removed = nil
			case (what == 14 || what == 15) && r.Len() > 0:
				i := rng.IntN(r.Len())
				j := min(r.Len(), i+1+rng.IntN(3))
				removed = r.Remove(i, j)
				c.Removed(removed...)
			case what == 16 && r.Len() > 0:
				row := r.Rows[rng.IntN(r.Len())]
				switch rng.IntN(3) {
				case 0:
					row.Protected = !row.Protected
					c.ProtectedChanged(row)
				case 1:
					row.LeftOut = !row.LeftOut
					c.LeftOutChanged(row)
				default:
					row.Hidden = !row.Hidden
					c.Changed(row, roster.NoField, "")
				}
			case what == 17:
				// A sort: the checker is not told, Problems follows the rows.
				rng.Shuffle(r.Len(), func(i, j int) { r.Rows[i], r.Rows[j] = r.Rows[j], r.Rows[i] })
			default:
				row := r.NewRow()
				r.Insert(r.Len(), row)
				c.Added(row)
			}
			steps++
			assertAgrees(t, c, r, seed, step)
			if t.Failed() {
				return
			}
		}
	}
	if steps < 10_000 {
		t.Errorf("only %d steps", steps)
	}
}

func assertAgrees(t *testing.T, c *Checker, r *roster.Roster, seed uint64, step int) {
	t.Helper()
	got, full, naive := c.Problems(), Check(r), naiveCheck(r)
	if !reflect.DeepEqual(full, naive) {
		t.Fatalf("seed %d step %d: Check\n%v\nreference\n%v", seed, step, full, naive)
	}
	if !reflect.DeepEqual(got, full) {
		t.Fatalf("seed %d step %d: incremental\n%v\nfull\n%v", seed, step, got, full)
	}
	ge, gw := c.Counts()
	we, ww := countSeverities(full)
	if ge != we || gw != ww {
		t.Fatalf("seed %d step %d: counts %d/%d, problems say %d/%d", seed, step, ge, gw, we, ww)
	}
	if m, want := c.MainMunicipality(), r.Municipality(); m != want {
		t.Fatalf("seed %d step %d: main municipality %q, want %q", seed, step, m, want)
	}
	for _, row := range r.Rows {
		var want []Problem
		for _, p := range full {
			if p.Row == row.ID {
				want = append(want, p)
			}
		}
		if rp := c.RowProblems(row.ID); !reflect.DeepEqual(rp, want) {
			t.Fatalf("seed %d step %d: RowProblems(%d) = %v, want %v", seed, step, row.ID, rp, want)
		}
		for _, f := range roster.Fields {
			var wantCell []Problem
			for _, p := range want {
				if p.Field == f {
					wantCell = append(wantCell, p)
				}
			}
			if cp := c.CellProblems(row.ID, f); !reflect.DeepEqual(cp, wantCell) {
				t.Fatalf("seed %d step %d: CellProblems(%d, %s) = %v, want %v", seed, step, row.ID, f, cp, wantCell)
			}
		}
	}
}

func countSeverities(problems []Problem) (errors, warnings int) {
	for _, p := range problems {
		if p.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}

// TestCheckerForgetsRemovedRows checks that a removed row's problems and
// its share of a duplicate go with it.
func TestCheckerForgetsRemovedRows(t *testing.T) {
	r := roster.New()
	r.Append(person())
	r.Append(person())
	c := NewChecker(r)
	if e, _ := c.Counts(); e != 2 {
		t.Fatalf("two rows with one address: %d errors, want 2", e)
	}
	gone := r.Remove(1, 2)
	c.Removed(gone...)
	if e, w := c.Counts(); e != 0 || w != 0 {
		t.Errorf("after removing one: %d errors, %d warnings", e, w)
	}
	if p := c.RowProblems(gone[0].ID); p != nil {
		t.Errorf("removed row still has problems: %v", p)
	}
	r.Insert(0, gone...)
	c.Added(gone...)
	if e, _ := c.Counts(); e != 2 {
		t.Errorf("after undoing the removal: %d errors, want 2", e)
	}
	if p := c.Problems(); p[0].Row != gone[0].ID {
		t.Errorf("problems follow the roster's order: %v", p)
	}
}

// TestMainMunicipalityFlip checks that when the majority moves, the rows
// of the old and the new main municipality swap their errors.
func TestMainMunicipalityFlip(t *testing.T) {
	r := roster.New()
	for i, m := range []string{"Borås", "Borås", "Ulricehamn", "Ulricehamn"} {
		r.Append(person(set(roster.Email, string(rune('a'+i))+"@skola.se"), set(roster.Municipality, m)))
	}
	c := NewChecker(r)
	if m := c.MainMunicipality(); m != "Borås" {
		t.Fatalf("tie: main %q", m)
	}
	row := r.Rows[0]
	row.Values[roster.Municipality] = "Ulricehamn"
	c.Changed(row, roster.Municipality, "Borås")
	if m := c.MainMunicipality(); m != "Ulricehamn" {
		t.Fatalf("main %q after the flip", m)
	}
	p := c.CellProblems(r.Rows[1].ID, roster.Municipality)
	if len(p) != 1 || p[0].Fix == nil || p[0].Fix.Value != "Ulricehamn" {
		t.Errorf("the last Borås row: %v", p)
	}
	if e, w := c.Counts(); e != 1 || w != 0 {
		t.Errorf("%d errors and %d warnings, want the one municipality_mixed error", e, w)
	}
}

// naiveStaffDomain is suggestTeacher by a scan of every row: a student
// without a class at a domain where a teacher has an address, no student
// with a class has one, and students with a class have theirs elsewhere.
func naiveStaffDomain(r *roster.Roster, row *roster.Row, ps []Problem) {
	domain, _ := emailDomain(row)
	teachers, pupilsThere, pupils := 0, 0, 0
	for _, o := range r.Rows {
		if !o.Exported() {
			continue
		}
		d, _ := emailDomain(o)
		switch kindOf(o) {
		case countedTeacher:
			if d == domain && d != "" {
				teachers++
			}
		case countedPupil:
			if d != "" {
				pupils++
			}
			if d == domain && d != "" {
				pupilsThere++
			}
		}
	}
	if domain == "" || teachers == 0 || pupilsThere > 0 || pupils == 0 {
		return
	}
	for i := range ps {
		if p := &ps[i]; p.Code == CodeClassMissing && p.Fix == nil {
			p.Message = i18n.T("the role says student, but the row has no class and an address at %s, where the list's teachers have theirs: a member of staff whose role is wrong, or a pupil whose class is missing?", domain)
			p.Fix = &Fix{Label: i18n.T("Make the person a teacher, or leave the row out of the file"), Choices: []Fix{
				{Label: i18n.T("Change the role to %q", "teacher"), Value: "teacher", SetField: true, Field: roster.Role},
				{Label: i18n.T("Leave out of the file"), LeaveOut: true},
			}}
		}
	}
}
