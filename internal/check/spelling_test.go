package check

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"rosterdesk/internal/roster"
)

func TestNearSpelling(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Centralskolan", "Centralskola", true},    // a letter missing
		{"Solbackaskolan", "Solbakcaskolan", true}, // two swapped
		{"Solbackaskolan", "Solbackasskolan", true},
		{"Solbackaskolan", "Solbeckaskolan", true}, // one replaced
		{"Ekbackens skola", "Ekbackensskola", true},
		{"Ekbackens skola", "ekbackens Skola", true},
		{"Språkcentrum", "Sprakcentrum", true},
		{"Källbäcksskolan", "Kallbacksskolan", true},
		{"Öbergskolan", "Obergskolan", true},
		{"elev.solbacka.se", "elev.solbaka.se", true},
		{"Skola 1", "Skola 2", false}, // digits name different schools
		{"Skola 1", "Skola 12", false},
		{"skola1.se", "skola.se", false},
		{"Norrskolan", "Söderskolan", false},
		{"Västra skolan", "Östra skolan", false},
		{"Centralskolan", "Centralskolorna", false},
		{"Aalto", "Alto", true},
	}
	for _, tt := range tests {
		if got := nearSpelling(foldSpelling(tt.a), foldSpelling(tt.b)); got != tt.want {
			t.Errorf("nearSpelling(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := nearSpelling(foldSpelling(tt.b), foldSpelling(tt.a)); got != tt.want {
			t.Errorf("nearSpelling(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

// spellRoster makes a roster with n rows of each school, in order.
func spellRoster(schools map[string]int) *roster.Roster {
	r := roster.New()
	i := 0
	for _, s := range sortedKeys(schools) {
		for range schools[s] {
			r.Append(person(set(roster.School, s), set(roster.Email, fmt.Sprintf("p%d@skola.se", i))))
			i++
		}
	}
	return r
}

func sortedKeys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}

func TestSpellingVariantsOfSchools(t *testing.T) {
	tests := []struct {
		name    string
		schools map[string]int
		want    map[string]string // stray value → the fix; others must not warn
	}{
		{"typo in one municipality", map[string]int{"Centralskolan": 30, "Centralskola": 1},
			map[string]string{"Centralskola": "Centralskolan"}},
		{"two rows of forty", map[string]int{"Solbackaskolan": 40, "Solbakcaskolan": 2},
			map[string]string{"Solbakcaskolan": "Solbackaskolan"}},
		{"å for a", map[string]int{"Språkcentrum": 12, "Sprakcentrum": 1},
			map[string]string{"Sprakcentrum": "Språkcentrum"}},
		{"case and spacing", map[string]int{"Ekbackens skola": 25, "ekbackens Skola": 1, "Ekbackensskola": 1},
			map[string]string{"ekbackens Skola": "Ekbackens skola", "Ekbackensskola": "Ekbackens skola"}},
		{"two real schools", map[string]int{"Ekskolan": 120, "Ekeskolan": 90}, nil},
		{"a mid-sized one is kept", map[string]int{"Ekskolan": 200, "Ekeskolan": 11}, nil},
		{"numbered schools", map[string]int{"Skola 1": 300, "Skola 2": 1}, nil},
		{"different names", map[string]int{"Norrskolan": 300, "Söderskolan": 1, "Språkcentrum": 1}, nil},
		{"Finnish", map[string]int{"Keskuskoulu": 50, "Keskuskolu": 1, "Mäntylän koulu": 40, "Mantylan koulu": 2},
			map[string]string{"Keskuskolu": "Keskuskoulu", "Mantylan koulu": "Mäntylän koulu"}},
		{"small tie", map[string]int{"Solbackaskolan": 2, "Solbackaskola": 2}, nil},
	}
	for _, tt := range tests {
		r := spellRoster(tt.schools)
		c := NewChecker(r)
		got := map[string]string{}
		for _, row := range r.Rows {
			for _, p := range c.CellProblems(row.ID, roster.School) {
				if p.Code == CodeSpellingVariant {
					got[row.Values[roster.School]] = p.Fix.Value
				}
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: warned %v, want %v", tt.name, got, tt.want)
			continue
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("%s: %q fixed to %q, want %q", tt.name, k, got[k], v)
			}
		}
	}
}

func TestSpellingVariantOfEmailDomain(t *testing.T) {
	r := roster.New()
	for i := range 30 {
		r.Append(person(set(roster.Email, fmt.Sprintf("aino.%d@edu.hel.fi", i))))
	}
	stray := r.Append(person(set(roster.Email, "Ville.Niemi@edu.hell.fi")))
	c := NewChecker(r)
	p := c.CellProblems(stray.ID, roster.Email)
	if len(p) != 1 || p[0].Code != CodeSpellingVariant || p[0].Fix.Value != "Ville.Niemi@edu.hel.fi" {
		t.Fatalf("stray domain: %v", p)
	}
	if _, w := c.Counts(); w != 1 {
		t.Errorf("%d warnings, want 1", w)
	}
	if sev, ok := c.CellSeverity(stray.ID, roster.Email); !ok || sev != Warning {
		t.Errorf("severity %v %v", sev, ok)
	}
}

// spellPools hold values one slip apart, so that random edits make and
// unmake stray spellings.
var spellPools = map[roster.Field][]string{
	roster.School: {"", "Centralskolan", "Centralskola", "centralskolan", "Centralsklan", "Norrskolan",
		"Norskolan", "Nörrskolan", "Skola 1", "Skola 2", "Ekskolan", "Ekeskolan"},
	roster.Email: {"", "a@s.se", "b@s.se", "c@ss.se", "d@S.se", "e@sa.se", "bad", "f@t.se", "g@s.s"},
}

// naiveSpelling is the spelling rule written the plain way: every value
// compared with every other.
func naiveSpelling(r *roster.Roster) map[roster.RowID]map[roster.Field]string {
	out := map[roster.RowID]map[roster.Field]string{}
	for _, sf := range spellFields() {
		counts := map[string]int{}
		for _, row := range r.Rows {
			if checked(row) {
				if k, _ := sf.key(row); k != "" {
					counts[k]++
				}
			}
		}
		direct := map[string]string{}
		for k, n := range counts {
			best := 0
			for u, m := range counts {
				if u != k && nearSpelling(foldSpelling(k), foldSpelling(u)) && isRareVariant(n, m) && (m > best || m == best && u < direct[k]) {
					direct[k], best = u, m
				}
			}
		}
		for _, row := range r.Rows {
			if !checked(row) {
				continue
			}
			k, addr := sf.key(row)
			t := direct[k]
			if t == "" {
				continue
			}
			for range 3 {
				if direct[t] == "" {
					break
				}
				t = direct[t]
			}
			if out[row.ID] == nil {
				out[row.ID] = map[roster.Field]string{}
			}
			if addr != "" {
				t = addr[:len(addr)-len(k)] + t
			}
			out[row.ID][sf.field] = t
		}
	}
	return out
}

// TestSpellingAgreesWithPlainRule edits rosters at random and compares
// the incremental rule with the plain one after every edit.
func TestSpellingAgreesWithPlainRule(t *testing.T) {
	for seed := range uint64(10) {
		rng := rand.New(rand.NewPCG(seed, 6))
		r := roster.New()
		fields := []roster.Field{roster.School, roster.Email}
		for range 20 {
			r.Append(person(set(roster.School, "Centralskolan"), set(roster.Email, "a@s.se")))
		}
		c := NewChecker(r)
		for step := range 400 {
			switch rng.IntN(6) {
			case 0:
				row := r.Append(person())
				c.Added(row)
			case 1:
				if r.Len() > 1 {
					i := rng.IntN(r.Len())
					c.Removed(r.Remove(i, i+1)...)
				}
			default:
				row := r.Rows[rng.IntN(r.Len())]
				f := fields[rng.IntN(2)]
				old := row.Values[f]
				row.Values[f] = spellPools[f][rng.IntN(len(spellPools[f]))]
				c.Changed(row, f, old)
			}
			want := naiveSpelling(r)
			got := map[roster.RowID]map[roster.Field]string{}
			warnings := 0
			for _, p := range c.Problems() {
				if p.Code != CodeSpellingVariant {
					continue
				}
				warnings++
				if got[p.Row] == nil {
					got[p.Row] = map[roster.Field]string{}
				}
				got[p.Row][p.Field] = p.Fix.Value
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d step %d: incremental %v, plain %v", seed, step, got, want)
			}
			rule := tiredOf(c)
			if w := rule.spell[0].flagged + rule.spell[1].flagged; w != warnings {
				t.Fatalf("seed %d step %d: counts %d, problems %d", seed, step, w, warnings)
			}
			for _, row := range r.Rows {
				for i, f := range fields {
					st := rule.rows.At(row.ID)
					ok := st != nil && rule.spell[i].targetOf(st.spelt()[i]) != ""
					if ok != (got[row.ID][f] != "") {
						t.Fatalf("seed %d step %d: stray %s = %v", seed, step, f, ok)
					}
					if _, sev := c.CellSeverity(row.ID, f); ok && !sev {
						t.Fatalf("seed %d step %d: no severity on %s", seed, step, f)
					}
				}
			}
		}
	}
}
