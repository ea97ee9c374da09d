package roster

import (
	"fmt"
	"slices"
	"testing"
)

func diffRoster(rows ...[NumFields]string) *Roster {
	r := New()
	for _, v := range rows {
		r.Append(v)
	}
	return r
}

func p(email, first, last, class, school, ssoid string) [NumFields]string {
	return [NumFields]string{email, first, last, class, school, "Borås", "student", ssoid}
}

// changes lists a diff as "kind first-name" lines.
func changes(d Diff) []string {
	var out []string
	for _, c := range d.Changes {
		row := c.New
		if row == nil {
			row = c.Old
		}
		out = append(out, fmt.Sprintf("%s %s", c.Kind, row.Values[FirstName]))
	}
	return out
}

func TestCompare(t *testing.T) {
	old := diffRoster(
		p("alva.lindqvist@s.se", "Alva", "Lindqvist", "9A", "Norrskolan", "1001"),
		p("elias.berg@s.se", "Elias", "Berg", "9A", "Norrskolan", ""),
		p("aino.makinen@s.se", "Aino", "Mäkinen", "8B", "Norrskolan", ""),
		p("eetu.laine@s.se", "Eetu", "Laine", "7A", "Norrskolan", ""),
		p("saga.ohman@s.se", "Saga", "Öhman", "7A", "Norrskolan", ""),
	)
	neu := diffRoster(
		p("alva.l@s.se", "Alva", "Lindqvist", "9A", "Söderskolan", "1001"), // SSOID: moved school, new address
		p("Elias.Berg@s.se", "Elias", "Berg", "9 b", "Norrskolan", ""),     // address: moved class
		p("aino.makinen2@s.se", "Aino", "Mäkinen", "8B", "norrskolan", ""), // name and school: new address
		p("saga.ohman@s.se", "Saga", "Öhman", "7a", "Norrskolan", ""),      // unchanged
		p("ville.niemi@s.se", "Ville", "Niemi", "7A", "Norrskolan", ""),    // added
	)
	d := Compare(old, neu)
	want := []string{"moved_school Alva", "email_changed Alva", "moved_class Elias", "email_changed Aino", "added Ville", "removed Eetu"}
	if got := changes(d); !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if d.OldRows != 5 || d.NewRows != 5 || d.Matched != 4 || d.Removed() != 1 || d.LargeLoss() {
		t.Errorf("counts %+v, removed %d, large loss %v", d, d.Removed(), d.LargeLoss())
	}
}

func TestCompareLargeLoss(t *testing.T) {
	old, neu := New(), New()
	for i := range 10 {
		v := p(fmt.Sprintf("p%d@s.se", i), "Tova", fmt.Sprint("Lind", i), "9A", "Norrskolan", "")
		old.Append(v)
		if i < 8 {
			neu.Append(v)
		}
	}
	if d := Compare(old, neu); d.LargeLoss() {
		t.Errorf("20%% gone is not a large loss: %+v", d)
	}
	neu.Remove(0, 1)
	if d := Compare(old, neu); !d.LargeLoss() || d.Removed() != 3 {
		t.Errorf("30%% gone: large loss %v, removed %d", d.LargeLoss(), d.Removed())
	}
	if d := Compare(New(), neu); d.LargeLoss() {
		t.Error("an empty previous list loses nothing")
	}
}

func TestCompareAmbiguousKeysDoNotMatch(t *testing.T) {
	// Two namesakes in one school without addresses or ids in common: no
	// guess, one pair of removals and additions each.
	old := diffRoster(p("a@s.se", "Emma", "Johansson", "9A", "Norrskolan", ""), p("b@s.se", "Emma", "Johansson", "9B", "Norrskolan", ""))
	neu := diffRoster(p("c@s.se", "Emma", "Johansson", "9A", "Norrskolan", ""), p("d@s.se", "Emma", "Johansson", "9B", "Norrskolan", ""))
	d := Compare(old, neu)
	if d.Matched != 0 || len(d.Changes) != 4 {
		t.Errorf("namesakes matched by guess: %q", changes(d))
	}
	// Protected and blank rows are not in an upload file.
	old.Rows[0].Protected = true
	old.Append([NumFields]string{})
	if d := Compare(old, neu); d.OldRows != 1 {
		t.Errorf("old rows %d, want 1", d.OldRows)
	}
}
