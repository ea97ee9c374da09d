package check

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

// namedRow is a row of a person at a school with an address.
func namedRow(first, last, school, email string) [roster.NumFields]string {
	return person(set(roster.FirstName, first), set(roster.LastName, last), set(roster.School, school), set(roster.Email, email))
}

func TestSameNameInOneSchool(t *testing.T) {
	tests := []struct {
		name string
		rows [][roster.NumFields]string
		want int // rows that warn
	}{
		{"two addresses", [][roster.NumFields]string{
			namedRow("Aino", "Mäkinen", "Keskuskoulu", "aino.makinen@edu.hel.fi"),
			namedRow("Aino", "Mäkinen", "Keskuskoulu", "aino.makinen2@edu.hel.fi")}, 2},
		{"case", [][roster.NumFields]string{
			namedRow("Åsa", "Öhman", "Norrskolan", "asa.ohman@skola.se"),
			namedRow("ÅSA", "ÖHMAN", "Norrskolan", "asa.ohman1@skola.se")}, 2},
		{"Öberg and Oberg are two families", [][roster.NumFields]string{
			namedRow("Bo", "Öberg", "Norrskolan", "bo.oberg@skola.se"),
			namedRow("Bo", "Oberg", "Norrskolan", "bo.oberg2@skola.se")}, 0},
		{"unrelated addresses are two people", [][roster.NumFields]string{
			namedRow("Tova", "Lind", "Norrskolan", "t17@skola.se"),
			namedRow("Tova", "Lind", "Norrskolan", "t18@skola.se")}, 0},
		{"two schools", [][roster.NumFields]string{
			namedRow("Aino", "Mäkinen", "Keskuskoulu", "aino.makinen@edu.hel.fi"),
			namedRow("Aino", "Mäkinen", "Mäntylän koulu", "aino.makinen2@edu.hel.fi")}, 0},
		{"Johansson and Johanson are two people", [][roster.NumFields]string{
			namedRow("Erik", "Johansson", "Norrskolan", "erik.johansson@skola.se"),
			namedRow("Erik", "Johanson", "Norrskolan", "erik.johanson@skola.se")}, 0},
		{"one address is the duplicate rule's", [][roster.NumFields]string{
			namedRow("Erik", "Johansson", "Norrskolan", "erik.johansson@skola.se"),
			namedRow("Erik", "Johansson", "Norrskolan", "Erik.Johansson@skola.se")}, 0},
	}
	for _, tt := range tests {
		r := roster.New()
		for _, v := range tt.rows {
			r.Append(v)
		}
		c := NewChecker(r)
		n := 0
		for _, p := range c.Problems() {
			if p.Code == CodeSameName {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("%s: %d warnings, want %d", tt.name, n, tt.want)
		}
	}
}

// patternSchoolRows makes 12 rows at one school whose addresses are
// firstname.lastname, and returns them with the extra row appended.
func patternSchoolRows(extra [roster.NumFields]string) *roster.Roster {
	people := [][2]string{{"Alva", "Lindqvist"}, {"Elias", "Bergström"}, {"Väinö", "Mäkinen"}, {"Märta", "Öhman"},
		{"Anna-Karin", "Åkesson"}, {"Carl", "von Essen"}, {"Siiri", "Heikkilä"}, {"Onni", "Järvinen"},
		{"Hugo", "Nyström"}, {"Saga", "Ekström"}, {"Juha-Pekka", "Laine"}, {"Linnea", "Söderberg"}}
	r := roster.New()
	for _, p := range people {
		r.Append(namedRow(p[0], p[1], "Solbackaskolan", foldName(p[0])+"."+foldName(p[1])+"@elev.solbacka.se"))
	}
	r.Append(extra)
	return r
}

func TestEmailFitsName(t *testing.T) {
	tests := []struct {
		first, last, email string
		warn               bool
	}{
		{"Olivia", "Blom", "olivia.blom@elev.solbacka.se", false},
		{"Olivia", "Blom", "olivia.blom2@elev.solbacka.se", false},
		{"Olivia", "Blom", "o.blom@elev.solbacka.se", false},
		{"Olivia", "Blom", "olivia.b@elev.solbacka.se", false},
		{"Olivia Maria", "Blom", "maria.blom@elev.solbacka.se", false},
		{"Märta", "Öhman", "maerta.oehman2@elev.solbacka.se", false},
		{"Lucas", "Wikström", "alva.lindqvist2@elev.solbacka.se", true}, // pasted from another row
		{"Lucas", "Wikström", "xq7731@elev.solbacka.se", true},
	}
	for _, tt := range tests {
		r := patternSchoolRows(namedRow(tt.first, tt.last, "Solbackaskolan", tt.email))
		c := NewChecker(r)
		got := len(c.CellProblems(r.Rows[r.Len()-1].ID, roster.Email)) > 0
		if got != tt.warn {
			t.Errorf("%s %s <%s>: warn %v, want %v", tt.first, tt.last, tt.email, got, tt.warn)
		}
	}
	// Where the school's addresses follow no pattern, nothing warns.
	r := roster.New()
	for i := range 12 {
		r.Append(namedRow("Aino", fmt.Sprint("Niemi", i), "Keskuskoulu", fmt.Sprintf("x%d@edu.hel.fi", i)))
	}
	if p := Check(r); len(p) != 0 {
		t.Errorf("no pattern, yet %v", p)
	}
}

// peoplePools make names and addresses collide often.
var peoplePools = map[roster.Field][]string{
	roster.FirstName: {"", "Aino", "aino", "Alva", "Eetu"},
	roster.LastName:  {"", "Mäkinen", "Makinen", "Lind"},
	roster.School:    {"", "Norrskolan", "norrskolan", "Keskuskoulu"},
	roster.Email:     {"", "aino.makinen@s.se", "alva.lind@s.se", "eetu.lind@s.se", "zz@s.se", "aino.makinen2@s.se", "bad"},
}

// TestPeopleRulesFollowEdits edits at random and compares the checker
// with a check from scratch, counts included.
func TestPeopleRulesFollowEdits(t *testing.T) {
	seen := map[Code]bool{}
	for seed := range uint64(5) {
		rng := rand.New(rand.NewPCG(seed, 4))
		r := patternSchoolRows(person())
		for _, row := range r.Rows {
			row.Values[roster.School] = "Norrskolan"
			row.Values[roster.Email] = row.Values[roster.Email][:len(row.Values[roster.Email])-len("elev.solbacka.se")] + "s.se"
		}
		c := NewChecker(r)
		fields := []roster.Field{roster.FirstName, roster.LastName, roster.School, roster.Email}
		for step := range 800 {
			switch rng.IntN(8) {
			case 0:
				c.Added(r.Append(namedRow("Aino", "Mäkinen", "Norrskolan", "aino.makinen@s.se")))
			case 1:
				if r.Len() > 2 {
					i := rng.IntN(r.Len())
					c.Removed(r.Remove(i, i+1)...)
				}
			default:
				row := r.Rows[rng.IntN(r.Len())]
				f := fields[rng.IntN(len(fields))]
				old := row.Values[f]
				row.Values[f] = peoplePools[f][rng.IntN(len(peoplePools[f]))]
				c.Changed(row, f, old)
			}
			got, want := c.Problems(), Check(r)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d step %d: incremental\n%v\nfull\n%v", seed, step, got, want)
			}
			ge, gw := c.Counts()
			if we, ww := countSeverities(want); ge != we || gw != ww {
				t.Fatalf("seed %d step %d: counts %d/%d, want %d/%d", seed, step, ge, gw, we, ww)
			}
			for _, p := range want {
				seen[p.Code] = true
				if sev, ok := c.CellSeverity(p.Row, p.Field); !ok || (p.Severity == Error && sev != Error) {
					t.Fatalf("seed %d step %d: severity of %v", seed, step, p)
				}
			}
		}
	}
	if !seen[CodeSameName] || !seen[CodeEmailNotName] {
		t.Errorf("the edits never made the rules fire: %v", seen)
	}
}

func TestLowerJoin(t *testing.T) {
	for _, school := range []string{"", "Ekskolan", "EKSKOLAN", "Sjöängsskolan", "ÅSTORP", "\xff", "a\xc3"} {
		for _, name := range trickyNames {
			want := strings.ToLower(strings.Join([]string{school, name, name}, "\x00"))
			if got := lowerJoin(school, name, name); got != want {
				t.Errorf("lowerJoin(%q, %q, %q) = %q, want %q", school, name, name, got, want)
			}
		}
	}
}

// TestSameNameKeys holds the keys cut from one string to those add makes
// one by one: the same key for each counted row, "" for the others.
func TestSameNameKeys(t *testing.T) {
	var facts []rowFacts
	for _, school := range []string{"", "Ekskolan", "Sjöängsskolan", "ÅSTORP", "\xff"} {
		for _, name := range trickyNames {
			for _, holds := range []bool{true, false} {
				facts = append(facts, rowFacts{school: school, first: name, last: "Berg" + name, holds: holds},
					rowFacts{school: school, first: "Anna", last: name, holds: holds})
			}
		}
	}
	keys := sameNameKeys(facts)
	if len(keys.ends) != len(facts) {
		t.Fatalf("%d keys for %d rows", len(keys.ends), len(facts))
	}
	counted := 0
	for i := range facts {
		if want := sameNameKey(&facts[i]); keys.at(i) != want {
			t.Errorf("key of %+v = %q, want %q", facts[i], keys.at(i), want)
		}
		if keys.at(i) != "" {
			counted++
		}
	}
	if counted == 0 || counted == len(facts) {
		t.Errorf("%d of %d rows counted: the test does not try both", counted, len(facts))
	}
}

// refSameNameRule is sameNameRule's index as it was with Go maps of
// strings, before keyTable: the reference it is compared with.
type refSameNameRule struct {
	lone    map[string]string
	shared  map[string]*nameGroup
	flagged int
}

func (s *refSameNameRule) addKey(k, email string) {
	if k == "" {
		return
	}
	g := s.shared[k]
	if g == nil {
		other, ok := s.lone[k]
		if !ok {
			s.lone[k] = email
			return
		}
		delete(s.lone, k)
		g = &nameGroup{rows: 1, email: other}
		s.shared[k] = g
	}
	before := g.flagged()
	g.add(email)
	s.flagged += g.flagged() - before
}

func (s *refSameNameRule) remove(k, email string) {
	g := s.shared[k]
	if g == nil {
		delete(s.lone, k)
		return
	}
	before := g.flagged()
	g.remove(email)
	s.flagged += g.flagged() - before
	if g.rows == 1 {
		delete(s.shared, k)
		s.lone[k] = g.email
	}
}

func (s *refSameNameRule) warned(k string) bool {
	g := s.shared[k]
	return k != "" && g != nil && g.flagged() > 0
}

// TestSameNameRuleAgainstMaps counts rows in groups and takes them out
// again at random, in the rule and in the map-based reference, with the
// real hash and with ones that make the groups' keys collide, and
// compares which rows warn, in how large groups, and the count.
func TestSameNameRuleAgainstMaps(t *testing.T) {
	for name, hash := range keyTableHashes {
		t.Run(name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(5, uint64(len(name))))
			type counted struct {
				key, email string
				name       nameKey
			}
			rows := map[roster.RowID]counted{}
			s := newSameNameRule(0, func(id roster.RowID) string { return rows[id].email })
			s.keys.hash = hash
			ref := &refSameNameRule{lone: map[string]string{}, shared: map[string]*nameGroup{}}
			emails := []string{"a@s.se", "b@s.se", "", "å@s.se", "a\u030a@s.se"}
			mostFlagged := 0
			for step := range 20_000 {
				id := roster.RowID(1 + rng.IntN(200))
				if r, ok := rows[id]; ok {
					s.remove(r.name, r.email)
					ref.remove(r.key, r.email)
					delete(rows, id)
				} else {
					k := trickyKeys[rng.IntN(len(trickyKeys))]
					if rng.IntN(2) == 0 {
						k = randomKey(rng)
					}
					r := counted{key: k, email: emails[rng.IntN(len(emails))]}
					r.name = s.addKey(id, k, r.email)
					ref.addKey(k, r.email)
					if (r.name == 0) != (k == "") {
						t.Fatalf("step %d: group %d for key %q", step, r.name, k)
					}
					rows[id] = r
				}
				if s.flagged != ref.flagged {
					t.Fatalf("step %d: %d flagged, want %d", step, s.flagged, ref.flagged)
				}
				mostFlagged = max(mostFlagged, s.flagged)
				if step%53 == 0 {
					for id, r := range rows {
						got, want := s.problems(nil, id, r.name), ref.warned(r.key)
						if s.warned(r.name) != want || (len(got) == 1) != want {
							t.Fatalf("step %d: row %d of %q warns %v, want %v", step, id, r.key, got, want)
						}
						if want && s.shared[uint32(r.name-1)].rows != ref.shared[r.key].rows {
							t.Fatalf("step %d: row %d of %q in a group of %d, want %d", step, id, r.key,
								s.shared[uint32(r.name-1)].rows, ref.shared[r.key].rows)
						}
					}
				}
			}
			if mostFlagged < 5 {
				t.Errorf("at most %d rows warned: the test tries too few groups", mostFlagged)
			}
		})
	}
}
