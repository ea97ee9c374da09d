package roster

import "testing"

func TestGradeHeader(t *testing.T) {
	for _, h := range []string{"Årskurs", "Åk", "ÅK", "Luokka-aste", "Vuosiluokka", "Year group", "Grade level", "Grade", "Skolår"} {
		if !GradeHeader(h) {
			t.Errorf("GradeHeader(%q) = false", h)
		}
	}
	for _, h := range []string{"Klass", "Luokka", "Class", "Skola", ""} {
		if GradeHeader(h) {
			t.Errorf("GradeHeader(%q) = true", h)
		}
	}
}

func TestJoinGradeSection(t *testing.T) {
	tests := []struct {
		grade, class, want string
		ok                 bool
	}{
		{"7", "A", "7A", true},
		{"åk 8", "b", "8B", true},
		{"9", " c ", "9C", true},
		{"07", "A", "7A", true},
		{"7", "Blå", "7Blå", true}, // the section's own spelling (A5)
		{"7", "blå", "7BLÅ", true},
		{"F", "Blå", "F Blå", true}, // förskoleklass Blå (A5)
		{"Fsk", "Röd", "F Röd", true},
		{"7", "Björk", "7Björk", true},
		{"7", "7A", "7A", false},   // already a class
		{"7", "F", "F", false},     // förskoleklass: no section
		{"", "A", "A", false},      // no grade
		{"7A", "A", "A", false},    // the grade cell is no grade
		{"7", "", "", false},       // nothing to join
		{"Sju", "A", "A", false},   // a word is no grade
		{"7", "Fsk", "Fsk", false}, // förskoleklass
		{"Gr 9", "A", "9A", true},
		{"Grade 8", "b", "8B", true},
		{"F", "A", "FA", true},   // förskoleklass A
		{"FK", "b", "FB", true},  // förskoleklass B
		{"Fsk", "A", "FA", true}, // förskoleklass A
		{"1-3", "A", "A", false}, // several grades: no one grade
	}
	for _, tt := range tests {
		got, ok := JoinGradeSection(tt.grade, tt.class)
		if got != tt.want || ok != tt.ok {
			t.Errorf("JoinGradeSection(%q, %q) = %q, %v; want %q, %v", tt.grade, tt.class, got, ok, tt.want, tt.ok)
		}
	}
}

func TestGradeColumn(t *testing.T) {
	r := New()
	r.ExtraColumns = []string{"Personnummer", "Årskurs"}
	if got := r.GradeColumn(); got != 1 {
		t.Errorf("GradeColumn by header = %d, want 1", got)
	}
	r.ExtraColumns = []string{"Stadium", "Årskurs"}
	r.SetGradeColumn("Stadium")
	if got := r.GradeColumn(); got != 0 {
		t.Errorf("GradeColumn mapped = %d, want 0", got)
	}
	if c := r.Clone(); c.GradeColumn() != 0 {
		t.Errorf("a clone forgets the mapped grade column")
	}
	r.SetGradeColumn("")
	r.SetSettled("Årskurs", true) // mapped to Ignore
	if got := r.GradeColumn(); got != -1 {
		t.Errorf("GradeColumn of a grade header mapped to Ignore = %d, want -1", got)
	}
	r.SetGradeColumn("Gone")
	if got := r.GradeColumn(); got != -1 {
		t.Errorf("GradeColumn of a column no longer there = %d, want -1", got)
	}
}
