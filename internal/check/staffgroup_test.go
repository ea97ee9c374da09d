package check

import (
	"reflect"
	"testing"
)

func TestStaffGroupCountsRowsPerSchool(t *testing.T) {
	var g staffGroup
	for _, school := range []string{"Skola 1", "Skola 2", "Skola 1"} {
		g.count(school, 1)
	}
	if want := []schoolCount{{"Skola 1", 2}, {"Skola 2", 1}}; !reflect.DeepEqual(g.schools, want) {
		t.Fatalf("schools %v, want %v", g.schools, want)
	}
	g.count("Skola 2", -1)
	g.count("Skola 1", -1)
	g.count("Skola 3", -1) // never counted: nothing to take away
	if want := []schoolCount{{"Skola 1", 1}}; !reflect.DeepEqual(g.schools, want) {
		t.Fatalf("schools %v after removals, want %v", g.schools, want)
	}
	g.count("Skola 1", -1)
	if len(g.schools) != 0 {
		t.Fatalf("schools %v, want none", g.schools)
	}
}
