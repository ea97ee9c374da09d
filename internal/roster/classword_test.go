package roster

import "testing"

func TestClassInWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		form ClassForm
	}{
		{"nio B", "9B", ClassStandard},
		{"Nio b", "9B", ClassStandard},
		{"åttan A", "8A", ClassStandard},
		{"sjuan", "7", ClassGradeOnly},
		{"Nian", "9", ClassGradeOnly},
		{"yhdeksäs B", "9B", ClassStandard},
		{"Seitsemäs luokka a", "7A", ClassStandard},
		{"åk sju c", "7C", ClassStandard},
		{"ett-A", "1A", ClassStandard},
		{"tre B2", "3B2", ClassStandard},
		{"ensimmäinen", "1", ClassGradeOnly},
	} {
		got, ok := ClassInWords(tc.in)
		if !ok || got.Canonical != tc.want || got.Form != tc.form {
			t.Errorf("ClassInWords(%q) = %+v, %v; want %s", tc.in, got, ok, tc.want)
		}
	}
	for _, in := range []string{"", "A", "Blå", "9B", "nio B C", "nio Blåa", "tio A", "ysi B", "Sexan gruppen", "klass", "åk", "nioB", "Ettan är bäst", "nio 2"} {
		if got, ok := ClassInWords(in); ok {
			t.Errorf("ClassInWords(%q) = %+v, want not a class in words", in, got)
		}
	}
}
