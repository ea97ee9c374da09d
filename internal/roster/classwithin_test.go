package roster

import "testing"

func TestClassLookalike(t *testing.T) {
	for in, want := range map[string]string{
		"9А":  "9A", // Cyrillic А
		"９Ａ":  "9A", // full width
		"9–A": "9A", // en dash
		"9—b": "9B", // em dash
		"8Β":  "8B", // Greek Β
		"9A":  "", "A": "", "9": "", "Blå gruppen": "", "９": "",
	} {
		got, ok := ClassLookalike(in)
		if got != want || ok != (want != "") {
			t.Errorf("ClassLookalike(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestClassWithin(t *testing.T) {
	for in, want := range map[string]string{
		"9B 26/27":        "9B",
		"9B 2026/2027":    "9B",
		"9b HT26":         "9B",
		"Rydsskolan 9B":   "9B",
		"Rydsskolan – 9B": "9B",
		"9B Mentor":       "9B",
		"9B (Anna L)":     "9B",
		"9 B (Anna L)":    "9B",
		"Rydsskolan ９Ｂ":   "9B",
		"Mentorsgrupp KL": "",
		"nio B":           "",
		"9B":              "", // already a class
		"9 b":             "", // ParseClass takes it: class_format's other fix
		"Ma 9A":           "", // a subject beside it
		"Engelska 9A":     "",
		"9A grupp":        "",
		"9A 9B":           "", // two classes
		"9A 3":            "", // another number
		"9A Ma2 (Anna L)": "",
		"9 25/26":         "", // a grade only
		"Blå gruppen":     "",
		"7-9 Särskola":    "",
		"":                "",
	} {
		got, ok := ClassWithin(in)
		if got != want || ok != (want != "") {
			t.Errorf("ClassWithin(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestStripSchoolYear(t *testing.T) {
	for in, want := range map[string]string{
		"9A 25/26": "9A", "9A (HT25)": "9A", "8B VT 2026 24-25": "8B", "2026": "2026", "Blå": "Blå",
	} {
		if got := StripSchoolYear(in); got != want {
			t.Errorf("StripSchoolYear(%q) = %q, want %q", in, got, want)
		}
	}
}
