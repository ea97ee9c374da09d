package editor

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// fortyRows is a list of 40 people in two schools of Borås, with one
// misspelt school, one municipality spelt another way and one mistyped
// email domain, each on its own row.
func fortyRows() *roster.Roster {
	first := []string{"Alva", "Elias", "Maja", "Noah", "Ella", "Hugo", "Saga", "Liam", "Wilma", "Oscar",
		"Aino", "Eetu", "Siiri", "Onni", "Väinö", "Helmi", "Märta", "Örjan", "Åsa", "Linnea"}
	last := []string{"Lindqvist", "Bergström", "Mäkinen", "Öhman"}
	r := roster.New()
	for i := range 40 {
		f, l := first[i%len(first)], last[i/len(first)*2+i%2]
		school, class := "Källbäcksskolan", fmt.Sprintf("%dA", 7+i%3)
		if i >= 26 {
			school, class = "Ekbackens skola", fmt.Sprintf("%dB", 4+i%2)
		}
		email := strings.NewReplacer("å", "a", "ä", "a", "ö", "o").Replace(strings.ToLower(f+"."+l)) + "@elev.boras.se"
		r.Append([roster.NumFields]string{email, f, l, class, school, "Borås", "student", ""})
	}
	r.Rows[5].Values[roster.School] = "Källbäckskolan"
	r.Rows[30].Values[roster.Municipality] = "Boras"
	r.Rows[12].Values[roster.Email] = strings.Replace(r.Rows[12].Values[roster.Email], "boras", "bors", 1)
	return r
}

// TestFortyRowStory is the story: each stray row warns on the
// right cell, and one Fix all, of the spelling variants, makes the list
// consistent.
func TestFortyRowStory(t *testing.T) {
	d := newDocument(fortyRows())
	rows := d.Roster().Rows
	wantAddress := strings.Replace(rows[12].Values[roster.Email], "bors", "boras", 1)
	strays := map[roster.RowID]roster.Field{rows[5].ID: roster.School, rows[30].ID: roster.Municipality, rows[12].ID: roster.Email}
	for _, p := range d.Checker().Problems() {
		if f, ok := strays[p.Row]; !ok || f != p.Field || p.Severity != check.Warning || p.Code != check.CodeSpellingVariant || p.Fix == nil {
			t.Errorf("unexpected problem %s on %s of row %d: %s", p.Code, p.Field, p.Row, p.Message)
		}
		delete(strays, p.Row)
	}
	if len(strays) != 0 {
		t.Fatalf("no warning on %v", strays)
	}
	if n := d.ApplyFixes(check.CodeSpellingVariant); n != 3 {
		t.Errorf("Fix all of spelling variants changed %d cells, want 3", n)
	}
	if e, w := d.Checker().Counts(); e != 0 || w != 0 {
		t.Fatalf("%d errors, %d warnings after Fix all: %v", e, w, d.Checker().Problems())
	}
	if got := rows[5].Values[roster.School]; got != "Källbäcksskolan" {
		t.Errorf("school fixed to %q", got)
	}
	if got := rows[12].Values[roster.Email]; got != wantAddress {
		t.Errorf("address fixed to %q", got)
	}
	if got := rows[30].Values[roster.Municipality]; got != "Borås" {
		t.Errorf("municipality fixed to %q", got)
	}
	assertChecked(t, d)
	d.Undo()
	if got := rows[5].Values[roster.School]; got != "Källbäckskolan" {
		t.Errorf("after undo the school is %q", got)
	}
	if got := rows[30].Values[roster.Municipality]; got != "Boras" {
		t.Errorf("after undo the municipality is %q", got)
	}
}

// tiredPools are values with the slips the new rules look for.
var tiredPools = map[roster.Field][]string{
	roster.FirstName: {"Aino", "AINO", "aino", "Anna-Karin", "ANNA-KARIN", "Eetu"},
	roster.LastName:  {"Mäkinen", "MÄKINEN", "von Essen", "VON ESSEN", "o'neil", "Johansson", "Johanson"},
	roster.School:    {"Centralskolan", "Centralskola", "centralskolan", "Norrskolan", "Norskolan"},
	roster.Email:     {"a@elev.boras.se", "b@elev.boras.se", "c@elev.bors.se", "d@ELEV.boras.se", "e@boras.se"},
}

// TestFixesChangeOnlyWarnedCells is a property test: on random lists,
// Fix all of each new kind changes only cells that had a problem of that
// kind, and a School fix only ever writes a spelling the file had.
func TestFixesChangeOnlyWarnedCells(t *testing.T) {
	fixed := map[check.Code]int{}
	for seed := range uint64(30) {
		rng := rand.New(rand.NewPCG(seed, 40))
		r := roster.New()
		for i := range 10 + rng.IntN(40) {
			v := [roster.NumFields]string{"", "Tova", "Lind", "9A", "Centralskolan", "Borås", "student", ""}
			for f, pool := range tiredPools {
				if rng.IntN(3) > 0 {
					v[f] = pool[0]
				} else {
					v[f] = pool[rng.IntN(len(pool))]
				}
			}
			v[roster.Email] = fmt.Sprintf("p%d.", i) + v[roster.Email]
			r.Append(v)
		}
		d := newDocument(r)
		for _, code := range []check.Code{check.CodeNameCase, check.CodeSpellingVariant} {
			warned := map[[2]int]bool{}
			for _, p := range d.Checker().Problems() {
				if p.Code == code {
					warned[[2]int{int(p.Row), int(p.Field)}] = true
				}
			}
			schools := map[string]bool{}
			before := map[roster.RowID][roster.NumFields]string{}
			for _, row := range r.Rows {
				before[row.ID] = row.Values
				schools[row.Values[roster.School]] = true
			}
			fixed[code] += d.ApplyFixes(code)
			for _, row := range r.Rows {
				for f, v := range row.Values {
					if v != before[row.ID][f] && !warned[[2]int{int(row.ID), f}] {
						t.Fatalf("seed %d: Fix all of %s changed %s %q → %q, which had no warning",
							seed, code, roster.Field(f), before[row.ID][f], v)
					}
				}
				if !schools[row.Values[roster.School]] {
					t.Fatalf("seed %d: a fix wrote the new school %q", seed, row.Values[roster.School])
				}
			}
			assertChecked(t, d)
		}
		for _, p := range d.Checker().Problems() {
			if p.Code == check.CodeNameCase {
				t.Fatalf("seed %d: a name still warns after Fix all: %s", seed, p.Message)
			}
		}
	}
	if fixed[check.CodeNameCase] == 0 || fixed[check.CodeSpellingVariant] == 0 {
		t.Errorf("the lists gave nothing to fix: %v", fixed)
	}
}

// TestTiredEyeMessagesNameNoOne checks that the new rules' messages and
// fix labels say what is wrong, never whose.
func TestTiredEyeMessagesNameNoOne(t *testing.T) {
	r := roster.New()
	for i := range 30 {
		r.Append([roster.NumFields]string{fmt.Sprintf("p%d@skola.example.se", i), "Tova", "Lind", "9A", "Norrskolan", "Borås", "student", ""})
	}
	r.Append([roster.NumFields]string{secretLocal + "@skola.exmple.se", strings.ToUpper(secretFirst), strings.ToLower(secretLast),
		"9A", "Norrskolan", "Borås", "student", ""})
	d := newDocument(r)
	seen := map[check.Code]bool{}
	for _, p := range d.Checker().Problems() {
		seen[p.Code] = true
		assertNoSecret(t, "problem "+string(p.Code), p.Message.String())
		assertNoSecret(t, "fix label "+string(p.Code), p.Fix.Label.String())
	}
	if !seen[check.CodeNameCase] || !seen[check.CodeSpellingVariant] {
		t.Fatalf("the rules did not fire: %v", seen)
	}
}
