package roster

import (
	"strconv"
	"strings"
	"testing"
)

func TestParseClass(t *testing.T) {
	tests := []struct {
		in        string
		form      ClassForm
		canonical string
		grade     int
	}{
		{"9A", ClassStandard, "9A", 9},
		{"9 a", ClassStandard, "9A", 9},
		{"9a", ClassStandard, "9A", 9},
		{"9-a", ClassStandard, "9A", 9},
		{" 9A ", ClassStandard, "9A", 9},
		{"åk 9a", ClassStandard, "9A", 9},
		{"Åk9B", ClassStandard, "9B", 9},
		{"10C", ClassStandard, "10C", 10},
		{"7ab", ClassStandard, "7AB", 7},
		{"9A1", ClassStandard, "9A1", 9},
		{"8ö", ClassStandard, "8Ö", 8},
		{"1Blå", ClassStandard, "1Blå", 1}, // a colour keeps its spelling (A5)
		{"1 Röd", ClassStandard, "1Röd", 1},
		{"1blå", ClassStandard, "1BLÅ", 1},
		{"1BLÅ", ClassStandard, "1BLÅ", 1},
		{"7Ab", ClassStandard, "7AB", 7},
		{"9.a", ClassStandard, "9A", 9},
		{"9/a", ClassStandard, "9A", 9},
		{"ÅK 9A", ClassStandard, "9A", 9},
		{"klass 8 b", ClassStandard, "8B", 8},
		{"grade 7c", ClassStandard, "7C", 7},
		{"09a", ClassStandard, "9A", 9},
		{"9\ta", ClassStandard, "9A", 9},
		{"9", ClassGradeOnly, "9", 9},
		{" 9 ", ClassGradeOnly, "9", 9},
		{"åk9", ClassGradeOnly, "9", 9},
		{"årskurs 6", ClassGradeOnly, "6", 6},
		{"9:e", ClassGradeOnly, "9", 9},
		{"9 klass", ClassGradeOnly, "9", 9},
		{"9. lk", ClassGradeOnly, "9", 9},
		{"9lk", ClassGradeOnly, "9", 9},
		{"vuosiluokka 9", ClassGradeOnly, "9", 9},
		{"year 9", ClassGradeOnly, "9", 9},
		{"åk 9", ClassGradeOnly, "9", 9},
		{"Åk 9", ClassGradeOnly, "9", 9},
		{"år 8", ClassGradeOnly, "8", 8},
		{"9:an", ClassGradeOnly, "9", 9},
		{"9.", ClassGradeOnly, "9", 9},
		{"9. luokka", ClassGradeOnly, "9", 9},
		{"luokka 7", ClassGradeOnly, "7", 7},
		{"grade 9", ClassGradeOnly, "9", 9},
		{"", ClassEmpty, "", 0},
		{"   ", ClassEmpty, "", 0},
		{"Blå gruppen", ClassNamed, "Blå gruppen", 0},
		{"Blå   gruppen", ClassNamed, "Blå gruppen", 0},
		{"F", ClassNamed, "F", 0},
		{"7-9 Särskola", ClassNamed, "7-9 Särskola", 0},
		{"9ALFA", ClassNamed, "9ALFA", 0},
		{"Fritids", ClassNamed, "Fritids", 0},
		{"IMPRE", ClassNamed, "IMPRE", 0},
		{"NA21b", ClassNamed, "NA21b", 0},
		{"Stjärnan", ClassNamed, "Stjärnan", 0},
		{"123", ClassNamed, "123", 0},
	}
	for _, tt := range tests {
		got := ParseClass(tt.in)
		if got.Form != tt.form || got.Canonical != tt.canonical || got.Grade != tt.grade {
			t.Errorf("ParseClass(%q) = %+v, want form %d canonical %q grade %d", tt.in, got, tt.form, tt.canonical, tt.grade)
		}
	}
}

func FuzzParseClass(f *testing.F) {
	for _, s := range []string{"9A", "9 a", "åk 9", "9:an", "Blå gruppen", "", "99zz99", "ÅK 10 ö"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := ParseClass(s)
		// Idempotent: the canonical spelling means the same class, and is
		// its own canonical spelling.
		if again := ParseClass(p.Canonical); again != p {
			t.Fatalf("ParseClass(%q) = %+v, but its canonical %q parses to %+v", s, p, p.Canonical, again)
		}
		switch p.Form {
		case ClassEmpty:
			if strings.TrimSpace(s) != "" {
				t.Fatalf("%q is not empty", s)
			}
		case ClassStandard:
			if p.Canonical != strconv.Itoa(p.Grade)+p.Section || p.Section == "" || p.Section != strings.ToUpper(p.Section) {
				t.Fatalf("standard class %q: %+v", s, p)
			}
		case ClassGradeOnly:
			if p.Canonical != strconv.Itoa(p.Grade) || p.Section != "" {
				t.Fatalf("grade %q: %+v", s, p)
			}
		case ClassNamed:
			if p.Canonical != strings.Join(strings.Fields(s), " ") {
				t.Fatalf("named class %q not kept as typed: %q", s, p.Canonical)
			}
		}
	})
}
