package roster

import "testing"

func TestNamesake(t *testing.T) {
	row := func(email, first, last, class, school string) *[NumFields]string {
		var v [NumFields]string
		v[Email], v[FirstName], v[LastName], v[Class], v[School] = email, first, last, class, school
		return &v
	}
	mark := row("ebba.akerback@elev.exempel.se", "Ebba", "Åkerbäck", "4A", "Ekbackeskolan")
	bare := row("", "Ebba", "Åkerbäck", "", "")
	for _, c := range []struct {
		name        string
		mark, other *[NumFields]string
		want        bool
	}{
		{"private address, same school and class", mark, row("ebba.akerback@gmail.com", "Ebba", "Åkerbäck", "4A", "Ekbackeskolan"), true},
		{"case and spaces", mark, row("x@y.se", " ebba ", "ÅKERBÄCK", "4 a", "ekbackeskolan "), true},
		{"no class on the other row", mark, row("x@y.se", "Ebba", "Åkerbäck", "", "Ekbackeskolan"), true},
		{"no school on the other row", mark, row("x@y.se", "Ebba", "Åkerbäck", "4A", ""), true},
		{"only the grade", mark, row("x@y.se", "Ebba", "Åkerbäck", "4", "Ekbackeskolan"), true},
		{"another class", mark, row("x@y.se", "Ebba", "Åkerbäck", "5B", "Ekbackeskolan"), false},
		{"another grade", mark, row("x@y.se", "Ebba", "Åkerbäck", "5", "Ekbackeskolan"), false},
		{"another school", mark, row("x@y.se", "Ebba", "Åkerbäck", "4A", "Norrskolan"), false},
		{"another name", mark, row("x@y.se", "Ebba", "Berg", "4A", "Ekbackeskolan"), false},
		{"mark without address: name only", bare, row("x@y.se", "Ebba", "Åkerbäck", "9C", "Norrskolan"), true},
		{"mark without a whole name", row("a@b.se", "Ebba", "", "4A", "Ekbackeskolan"), row("x@y.se", "Ebba", "", "4A", "Ekbackeskolan"), false},
	} {
		if got := Namesake(c.mark, c.other); got != c.want {
			t.Errorf("%s: Namesake = %v, want %v", c.name, got, c.want)
		}
	}
}
