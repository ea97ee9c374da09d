package roster

import "testing"

func TestGradeLikeColumn(t *testing.T) {
	rosterOf := func(headers []string, cells ...[]string) *Roster {
		r := New()
		r.ExtraColumns = headers
		for _, c := range cells {
			row := r.Append([NumFields]string{})
			row.Extra = c
		}
		return r
	}
	tests := []struct {
		name string
		r    *Roster
		want int
	}{
		{"years under an unknown header", rosterOf([]string{"Ort", "Stadium"}, []string{"Ale", "9"}, []string{"Ale", "8"}, []string{"Ale", ""}), 1},
		{"förskoleklass and åk", rosterOf([]string{"Stadium"}, []string{"F"}, []string{"åk 3"}), 0},
		{"ages are no years", rosterOf([]string{"Ålder"}, []string{"15"}, []string{"14"}), -1},
		{"two candidates", rosterOf([]string{"Stadium", "Nivå"}, []string{"9", "1"}, []string{"8", "2"}), -1},
		{"an empty column", rosterOf([]string{"Stadium"}, []string{""}), -1},
		{"a grade column is the grade", rosterOf([]string{"Årskurs", "Stadium"}, []string{"9", "9"}), -1},
	}
	for _, tt := range tests {
		if got := tt.r.GradeLikeColumn(); got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, got, tt.want)
		}
	}
}
