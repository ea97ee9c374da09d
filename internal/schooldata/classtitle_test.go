package schooldata

import "testing"

func TestClassOfTitle(t *testing.T) {
	cases := []struct {
		title, class string
		ok           bool
	}{
		{"9A", "9A", true},
		{"9 A", "9A", true},
		{"9a", "9A", true},
		{"9A 25/26", "9A", true},
		{"9A 2025/2026", "9A", true},
		{"9A (25/26)", "9A", true},
		{"8B HT25", "8B", true},
		{"8 b VT 2026", "8B", true},
		{"Klass 7C", "7C", true},
		{"åk 6a", "6A", true},
		{"10 B 24-25", "10B", true},
		{"Ma 9 grupp 1", "", false},
		{"Engelska 9A", "", false},
		{"Engelska 9A-9B", "", false},
		{"9", "", false},
		{"9 25/26", "", false},
		{"Blå gruppen", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		got, ok := ClassOfTitle(c.title)
		if got != c.class || ok != c.ok {
			t.Errorf("ClassOfTitle(%q) = %q, %v; want %q, %v", c.title, got, ok, c.class, c.ok)
		}
	}
}

func TestClassOfGroupKeepsAClassWithoutGrade(t *testing.T) {
	for title, want := range map[string]string{"9 a 25/26": "9A", "Blå  gruppen 25/26": "Blå gruppen", "F": "F"} {
		if got := classOfGroup(title); got != want {
			t.Errorf("classOfGroup(%q) = %q, want %q", title, got, want)
		}
	}
}
