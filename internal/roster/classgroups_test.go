package roster

import (
	"reflect"
	"testing"
)

func TestSeveralClasses(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"9A/9B", []string{"9A", "9B"}},
		{"9A, 9B", []string{"9A", "9B"}},
		{"9a ; 9 b", []string{"9A", "9B"}},
		{"9A och 9B", []string{"9A", "9B"}},
		{"7A ja 7B", []string{"7A", "7B"}},
		{"8A & 8C + 8D", []string{"8A", "8C", "8D"}},
		{"9A/9A", nil},     // one class, written twice
		{"9A", nil},        // one class
		{"9/a", nil},       // the class 9A
		{"9A/Ma grp", nil}, // not classes on both sides
		{"Blå, Röd", nil},  // named groups, no standard class
		{"", nil},
	} {
		if got := SeveralClasses(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("SeveralClasses(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTeachingGroup(t *testing.T) {
	groups := []string{"Ma grp 1", "Engelska 9A", "SvA 8", "Ma 9 grupp 1", "9A Engelska",
		"Matematiikka 7", "ENG-9", "Ryhmä 3", "Spanska åk 8", "Idrott 7B"}
	classes := []string{"9A", "9 a", "åk 9b", "Blå gruppen", "F", "FA", "7-9 Särskola", "9", "Esiopetus", "Nova 9", "Gr 9"}
	for _, s := range groups {
		if !TeachingGroup(s) {
			t.Errorf("TeachingGroup(%q) = false, want true", s)
		}
	}
	for _, s := range classes {
		if TeachingGroup(s) {
			t.Errorf("TeachingGroup(%q) = true, want false", s)
		}
	}
}

func TestMentorGroup(t *testing.T) {
	for in, want := range map[string]bool{
		"Mentorsgrupp KL": true, "Mentor Anna": true, "Tutorryhmä 3": true, "9B Mentor": true,
		"Blå gruppen": false, "9A": false, "Mentos": false,
	} {
		if got := MentorGroup(in); got != want {
			t.Errorf("MentorGroup(%q) = %v, want %v", in, got, want)
		}
	}
}
