package roster

import "testing"

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
		{"9", ClassGradeOnly, "9", 9},
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
		again := ParseClass(p.Canonical)
		if again.Canonical != p.Canonical {
			t.Fatalf("ParseClass(%q).Canonical = %q, which re-parses to %q", s, p.Canonical, again.Canonical)
		}
		if p.Form == ClassStandard && (again.Form != ClassStandard || again.Grade != p.Grade) {
			t.Fatalf("standard class %q → %q lost its form", s, p.Canonical)
		}
	})
}
