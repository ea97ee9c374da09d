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

func TestSettableClass(t *testing.T) {
	for v, want := range map[string]bool{"9A": true, "9 a": true, "FA": true, "Blå gruppen": true,
		"": false, "9": false, "åk 9": false, "A": false, "  ": false} {
		if got := SettableClass(v); got != want {
			t.Errorf("SettableClass(%q) = %v", v, got)
		}
	}
}
