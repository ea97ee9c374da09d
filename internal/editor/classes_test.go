package editor

import (
	"reflect"
	"testing"

	"rosterdesk/internal/roster"
)

// TestClassChoices checks the class picker's list: only valid classes
// (never the bare grade "9", nor a section "A"), those of the row's own
// school, its own grade first; the whole list's when the school has none.
func TestClassChoices(t *testing.T) {
	d := openSample(t)
	class, school := FieldColumn(roster.Class), FieldColumn(roster.School)
	// A section alone and a named class at Solbackaskolan.
	d.SetCell(d.Row(10).ID, class, "A")
	d.SetCell(d.Row(11).ID, class, "Blå gruppen")
	noah := d.Row(3).ID // class "9" at Solbackaskolan
	if got, want := d.ClassChoices([]roster.RowID{noah}), []string{"9A", "9B", "8A", "8B", "Blå gruppen"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Noah (grade 9): %q, want %q", got, want)
	}
	isak := d.Row(19).ID // no class, Ekbackens skola
	if got, want := d.ClassChoices([]roster.RowID{isak}), []string{"7A", "7B"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Isak: %q, want %q", got, want)
	}
	if got, want := d.ClassChoices([]roster.RowID{isak, noah}), []string{"9A", "9B", "7A", "7B", "8A", "8B", "Blå gruppen"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Isak and Noah: %q, want %q", got, want)
	}
	d.SetCell(isak, school, "Nyskolan")
	if got, want := d.ClassChoices([]roster.RowID{isak}), []string{"7A", "7B", "8A", "8B", "9A", "9B", "Blå gruppen"}; !reflect.DeepEqual(got, want) {
		t.Errorf("a school with no class yet: %q, want the list's %q", got, want)
	}
}

// TestClassChoicesOffersTheExportsFirst: a pupil whom school data gave
// several classes is offered those first (tester T4); a class of another
// school, "9A (Söderskolan)", is no class to set.
func TestClassChoicesOffersTheExportsFirst(t *testing.T) {
	d := openSample(t)
	cc := d.roster.AddExtraColumn(roster.ClassChoicesColumn)
	isak := d.Row(19) // no class, Ekbackens skola
	isak.Extra = make([]string, cc+1)
	isak.Extra[cc] = "8c | 9 b | 9A (Söderskolan)"
	if got, want := d.ClassChoices([]roster.RowID{isak.ID}), []string{"8C", "9B", "7A", "7B"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Isak: %q, want %q", got, want)
	}
	isak.Extra[cc] = "9A (Söderskolan)"
	if got, want := d.ClassChoices([]roster.RowID{isak.ID}), []string{"7A", "7B"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Isak with another school's class: %q, want %q", got, want)
	}
}

func TestSettableClass(t *testing.T) {
	for v, want := range map[string]string{"9A": "9A", "9 a": "9A", "åk 8b": "8B", "FA": "FA", "Blå  gruppen": "Blå gruppen",
		"": "", "9": "", "åk 9": "", "A": "", "  ": ""} {
		if got, ok := SettableClass(v); got != want || ok != (want != "") {
			t.Errorf("SettableClass(%q) = %q, %v", v, got, ok)
		}
	}
}

// TestSetClass sets the class of selected rows, teachers among them, in
// one undo step: pupils get the class as the upload file writes it, the
// teacher keeps none; a bare grade sets nothing.
func TestSetClass(t *testing.T) {
	d := openSample(t)
	var ids []roster.RowID
	for i := 23; i < 28; i++ { // Ture, then the teachers Karin, Johan, Annika, Per
		ids = append(ids, d.Row(i).ID)
	}
	ids = append(ids, d.Row(19).ID) // Isak, no class
	before := snapshot(d)
	if n := d.SetClass(ids, "9"); n != 0 || snapshot(d) != before {
		t.Errorf("a bare grade set %d classes", n)
	}
	if n := d.SetClass(ids, " 7 c "); n != 2 {
		t.Errorf("%d rows changed, want 2 (Ture and Isak)", n)
	}
	class := FieldColumn(roster.Class)
	if got := []string{CellValue(d.Row(23), class), CellValue(d.Row(19), class), CellValue(d.Row(24), class), CellValue(d.Row(25), class)}; !reflect.DeepEqual(got, []string{"7C", "7C", "", "9B"}) {
		t.Errorf("classes %q", got)
	}
	assertChecked(t, d)
	if label, _ := d.Undo(); label != "Set class" || snapshot(d) != before {
		t.Errorf("one undo (%q) did not take it back", label)
	}
}
