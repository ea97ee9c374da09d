package roster

import (
	"slices"
	"testing"
)

// A twin column is found by its name among the extra columns, and a
// clone and a roster that takes the rows keep it.
func TestTwinColumns(t *testing.T) {
	r := New()
	r.AddExtraColumn("Anteckning")
	r.AddExtraColumn("Klass")
	r.SetTwin("Klass", Class)
	r.SetTwin("Gone", Email) // no such column: not listed
	for _, got := range []*Roster{r, r.Clone()} {
		if cols, fields := got.TwinColumns(); !slices.Equal(cols, []int{1}) || !slices.Equal(fields, []Field{Class}) {
			t.Errorf("twins %v %v, want column 1 as Class", cols, fields)
		}
	}
	into := New()
	into.AddExtraColumn("Klass")
	into.TakeRows(r.Clone())
	if cols, fields := into.TwinColumns(); !slices.Equal(cols, []int{0}) || !slices.Equal(fields, []Field{Class}) {
		t.Errorf("after TakeRows: twins %v %v, want column 0 as Class", cols, fields)
	}
	if cols, _ := New().TwinColumns(); cols != nil {
		t.Errorf("a new roster has twins %v", cols)
	}
}
