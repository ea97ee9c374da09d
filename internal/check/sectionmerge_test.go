package check

import (
	"slices"
	"testing"

	"rosterdesk/internal/roster"
)

// sectionRoster is a school's pupils in section-only classes, with the
// extra column headed header holding years (tester T24).
func sectionRoster(header string, pupils ...[2]string) *roster.Roster {
	r := roster.New()
	r.ExtraColumns = []string{header}
	for i, p := range pupils {
		row := r.Append(person(set(roster.Class, p[0]), set(roster.Email, string(rune('a'+i))+"@skola.example.se")))
		row.Extra = []string{p[1]}
	}
	return r
}

func TestSectionMerge(t *testing.T) {
	tests := []struct {
		name   string
		r      *roster.Roster
		merges int      // class_merge errors
		fixes  []string // their fixes in row order, "" for none
	}{
		{"years 9 and 8 in A by a grade-like column", sectionRoster("Stadium", [2]string{"A", "9"}, [2]string{"A", "8"}), 2, []string{"9A", "8A"}},
		{"years unknown", sectionRoster("Ort", [2]string{"A", "Ale"}, [2]string{"a", "Ale"}), 2, []string{"", ""}},
		{"one year unknown", sectionRoster("Stadium", [2]string{"A", "9"}, [2]string{"A", ""}), 2, []string{"9A", ""}},
		{"one year: nobody merged", sectionRoster("Stadium", [2]string{"A", "9"}, [2]string{"A", "9"}), 0, nil},
		{"one pupil", sectionRoster("Ort", [2]string{"A", "Ale"}, [2]string{"B", "Ale"}), 0, nil},
		{"standard classes", sectionRoster("Stadium", [2]string{"9A", "9"}, [2]string{"8A", "8"}), 0, nil},
	}
	for _, tt := range tests {
		c := NewChecker(tt.r)
		var fixes []string
		for _, p := range c.Problems() {
			if p.Code != CodeClassMerge {
				continue
			}
			if p.Severity != Error || p.Field != roster.Class {
				t.Errorf("%s: %+v", tt.name, p)
			}
			if p.Fix != nil {
				fixes = append(fixes, p.Fix.Value)
			} else {
				fixes = append(fixes, "")
			}
		}
		if len(fixes) != tt.merges || tt.merges > 0 && !slices.Equal(fixes, tt.fixes) {
			t.Errorf("%s: class_merge fixes %q, want %d: %q", tt.name, fixes, tt.merges, tt.fixes)
		}
		if errs, _ := c.Counts(); errs != tt.merges {
			t.Errorf("%s: %d errors, want %d", tt.name, errs, tt.merges)
		}
	}
}

// TestSectionMergeFollowsEdits: fixing one of two pupils ends the merge
// for both.
func TestSectionMergeFollowsEdits(t *testing.T) {
	r := sectionRoster("Stadium", [2]string{"A", "9"}, [2]string{"A", "8"})
	c := NewChecker(r)
	row := r.Rows[1]
	row.Values[roster.Class] = "8A"
	c.Changed(row, roster.Class, "A")
	if errs, _ := c.Counts(); errs != 0 {
		t.Errorf("after the fix: %d errors, problems %q", errs, found(c.Problems()))
	}
}

// TestSectionGradeLikeColumnSuggests: class_no_grade names the column
// that looks like the year and offers the class.
func TestSectionGradeLikeColumnSuggests(t *testing.T) {
	r := sectionRoster("Stadium", [2]string{"A", "9"})
	ps := Check(r)
	if len(ps) != 1 || ps[0].Code != CodeClassNoGrade || ps[0].Fix == nil || ps[0].Fix.Value != "9A" {
		t.Fatalf("got %+v", ps)
	}
	if want := `"A" is only a section: the column "Stadium" looks like the year and says 9, so the class is likely 9A`; ps[0].Message.String() != want {
		t.Errorf("message %q, want %q", ps[0].Message, want)
	}
}
