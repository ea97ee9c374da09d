package roster

import (
	"slices"
	"testing"
)

func TestUnsettledMarkColumns(t *testing.T) {
	r := New()
	r.ExtraColumns = []string{"Personnummer", "Spärrkod", "Anteckning", "Skyddsbehov"}
	if got := r.UnsettledMarkColumns(); !slices.Equal(got, []int{1, 3}) {
		t.Fatalf("unsettled = %v, want [1 3]", got)
	}
	r.SetSettled("Spärrkod", true)
	if got := r.UnsettledMarkColumns(); !slices.Equal(got, []int{3}) || !r.Settled("Spärrkod") {
		t.Errorf("settled Spärrkod: unsettled = %v", got)
	}
	if got := r.SettledColumns(); !slices.Equal(got, []string{"Spärrkod"}) {
		t.Errorf("settled columns = %q", got)
	}
	r.SetSettled("Spärrkod", false)
	if got := r.UnsettledMarkColumns(); !slices.Equal(got, []int{1, 3}) || len(r.SettledColumns()) != 0 {
		t.Errorf("unsettled again: %v", got)
	}
}
