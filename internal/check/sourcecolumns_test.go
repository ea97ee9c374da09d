package check

import (
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

// TestSourceColumnRules checks the rules that read a row's grade and
// status columns and its hidden mark, one row in a roster with the
// columns Årskurs and Status.
func TestSourceColumnRules(t *testing.T) {
	tests := []struct {
		name          string
		class, grade  string
		status        string
		hidden        bool
		code          Code
		field         roster.Field
		fix           string // "-" for none, "leave out" for the leave-out fix
		message       string
		noProblemWith Code // a code that must not be there
	}{
		{"section with its grade", "B", "8", "", false, CodeClassNoGrade, roster.Class, "8B", `the column "Årskurs" gives year 8, so the class is 8B`, ""},
		{"section, grade åk", "c", "åk 9", "", false, CodeClassNoGrade, roster.Class, "9C", "so the class is 9C", ""},
		{"section, no grade", "B", "", "", false, CodeClassNoGrade, roster.Class, "-", "add the pupil's year before it", ""},
		{"section, grade Gr 9", "B", "Gr 9", "", false, CodeClassNoGrade, roster.Class, "9B", "gives year 9, so the class is 9B", ""},
		{"section, förskoleklass", "B", "FK", "", false, CodeClassNoGrade, roster.Class, "FB", `says "FK", so the class is FB`, ""},
		{"colour section, förskoleklass (A5)", "Blå", "F", "", false, CodeClassNoGrade, roster.Class, "F Blå", `says "F", so the class is F Blå`, ""},
		{"colour section keeps its spelling (A5)", "Blå", "1", "", false, CodeClassNoGrade, roster.Class, "1Blå", "so the class is 1Blå", ""},
		{"section, several grades", "B", "1-3", "", false, CodeClassNoGrade, roster.Class, "-", `says "1-3", which is not one grade`, ""},
		{"grade disagrees", "7A", "8", "", false, CodeGradeMismatch, roster.Class, "-", `the class 7A is not in year 8, which the column "Årskurs" gives ("8")`, ""},
		{"grade agrees", "8A", "8", "", false, CodeWhitespace, roster.NoField, "", "", CodeGradeMismatch},
		{"section number beside its grade (A4)", "1", "7", "", false, CodeClassGradeOnly, roster.Class, "-", `"1" is the section, not the grade: the column "Årskurs" says year 7, so write the class as the school names it, such as 7:1`, ""},
		{"bare grade that is the grade", "7", "7", "", false, CodeClassGradeOnly, roster.Class, "-", `"7" is only the grade: write the class, such as 7A`, ""},
		{"missing class, own grade", "", "8", "", false, CodeClassMissing, roster.Class, "-", `the column "Årskurs" gives year 8, so a class such as 8A`, ""},
		{"förskoleklass exempt", "FA", "F", "", false, CodeWhitespace, roster.NoField, "", "", CodeClassNoGrade},
		{"hidden row", "8A", "", "", true, CodeRowHidden, roster.NoField, "leave out", "hidden in the workbook", ""},
		{"status unclear", "8A", "", "Tjänstledig", false, CodeStatusUnknown, roster.NoField, "leave out", `the status "Tjänstledig" says neither`, ""},
		{"status a date of no one day (A6)", "8A", "", "2026-11", false, CodeStatusUnknown, roster.NoField, "leave out", `the date "2026-11" gives no one day`, ""},
		{"status a date read two ways (A6)", "8A", "", "03/04/2026", false, CodeStatusUnknown, roster.NoField, "leave out", `the date "03/04/2026" may be 2026-04-03 or 2026-03-04`, ""},
		{"status new pupil (A6)", "8A", "", "Ny", false, CodeWhitespace, roster.NoField, "", "", CodeStatusUnknown},
		{"status clear", "8A", "", "Aktiv", false, CodeWhitespace, roster.NoField, "", "", CodeStatusUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := roster.New()
			r.ExtraColumns = []string{"Årskurs", "Status"}
			row := r.Append(person(set(roster.Class, tt.class)))
			row.Extra, row.Hidden = []string{tt.grade, tt.status}, tt.hidden
			problems := Check(r)
			if tt.noProblemWith != "" {
				for _, p := range problems {
					if p.Code == tt.noProblemWith {
						t.Errorf("unexpected %+v", p)
					}
				}
				return
			}
			var got *Problem
			for _, p := range problems {
				if p.Code == tt.code {
					got = &p
				}
			}
			if got == nil {
				t.Fatalf("no %s: %q", tt.code, found(problems))
			}
			if got.Field != tt.field {
				t.Errorf("field %v, want %v", got.Field, tt.field)
			}
			switch {
			case tt.fix == "-" && got.Fix != nil:
				t.Errorf("fix %+v, want none", *got.Fix)
			case tt.fix == "leave out" && (got.Fix == nil || !got.Fix.LeaveOut):
				t.Errorf("fix %+v, want to leave the row out", got.Fix)
			case tt.fix != "-" && tt.fix != "leave out" && (got.Fix == nil || got.Fix.Value != tt.fix):
				t.Errorf("fix %+v, want %q", got.Fix, tt.fix)
			}
			if !strings.Contains(got.Message.String(), tt.message) {
				t.Errorf("message %q, want it to say %q", got.Message, tt.message)
			}
			row.LeftOut = true
			if left := Check(r); len(left) != 0 {
				t.Errorf("a row left out still has problems: %q", found(left))
			}
		})
	}
}

// TestSectionFixFromTheSchool: a section alone gets the grade of its
// school only when the school's classes, two or more, are all in one
// grade and the class it makes is not there yet: a fix never merges two
// classes.
func TestSectionFixFromTheSchool(t *testing.T) {
	tests := []struct {
		name    string
		others  []string
		section string
		fix     string
	}{
		{"one grade, new class", []string{"9A", "9B"}, "C", "9C"},
		{"one grade, class exists", []string{"9A", "9B"}, "A", ""},
		{"two grades", []string{"8A", "9B"}, "C", ""},
		{"one class only", []string{"9A", "9A"}, "C", ""},
		{"no classes", nil, "C", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := roster.New()
			for i, class := range tt.others {
				r.Append(person(set(roster.Class, class), set(roster.Email, string(rune('a'+i))+"@skola.example.se")))
			}
			row := r.Append(person(set(roster.Class, tt.section), set(roster.Email, "z@skola.example.se")))
			var fix string
			for _, p := range NewChecker(r).RowProblems(row.ID) {
				if p.Code == CodeClassNoGrade && p.Fix != nil {
					fix = p.Fix.Value
				}
			}
			if fix != tt.fix {
				t.Errorf("fix %q, want %q", fix, tt.fix)
			}
		})
	}
}

// TestClassMissingNamesTheSchoolsClasses: "Elev utan klass" suggests
// classes the school has, not always 9A.
func TestClassMissingNamesTheSchoolsClasses(t *testing.T) {
	r := roster.New()
	for i, class := range []string{"7B", "7A", "8C"} {
		r.Append(person(set(roster.Class, class), set(roster.Email, string(rune('a'+i))+"@skola.example.se")))
	}
	row := r.Append(person(set(roster.Class, ""), set(roster.Email, "z@skola.example.se")))
	for _, p := range NewChecker(r).RowProblems(row.ID) {
		if p.Code == CodeClassMissing {
			if want := "such as one of this school's: 7A, 8C, 7B"; !strings.Contains(p.Message.String(), want) {
				t.Errorf("message %q, want %q", p.Message, want)
			}
			return
		}
	}
	t.Fatal("no class_missing")
}

// TestClassMissingNamesTheExportsChoices: a student whom school data gave
// several classes, or only another school's, is told those (tester T4,
// T6), not this school's classes as examples; choosing one clears it.
func TestClassMissingNamesTheExportsChoices(t *testing.T) {
	r := roster.New()
	for i, class := range []string{"9A", "7A"} {
		r.Append(person(set(roster.Class, class), set(roster.Email, string(rune('a'+i))+"@skola.example.se")))
	}
	cc := r.AddExtraColumn(roster.ClassChoicesColumn)
	elsa := r.Append(person(set(roster.Class, ""), set(roster.Email, "elsa@skola.example.se")))
	elsa.Extra = make([]string, cc+1)
	elsa.Extra[cc] = "8B | 9B"
	leo := r.Append(person(set(roster.Class, ""), set(roster.Email, "leo@skola.example.se")))
	leo.Extra = make([]string, cc+1)
	leo.Extra[cc] = "9A (Söderskolan)"
	c := NewChecker(r)
	for row, want := range map[*roster.Row]string{elsa: "gives 8B, 9B, kept in the column \"Class choices\"", leo: "gives 9A (Söderskolan), kept"} {
		ps := c.CellProblems(row.ID, roster.Class)
		if len(ps) != 1 || ps[0].Code != CodeClassMissing || ps[0].Severity != Error || !strings.Contains(ps[0].Message.String(), want) {
			t.Errorf("%s: %v, want class_missing saying %q", row.Values[roster.Email], ps, want)
		}
	}
	elsa.Values[roster.Class] = "9B"
	c.Changed(elsa, roster.Class, "")
	if ps := c.CellProblems(elsa.ID, roster.Class); len(ps) != 0 {
		t.Errorf("after choosing 9B: %v", ps)
	}
}

// TestMarkOffColumn: a protection column the user mapped to Ignore
// warns protected_mark_ignored on each row whose mark in it would
// protect it (tester T41), on no row it would not, and not on a row
// protected anyway; an edit that protects the row clears the warning.
func TestMarkOffColumn(t *testing.T) {
	r := roster.New()
	x := r.AddExtraColumn("Skyddad identitet")
	r.SetMarkOff("Skyddad identitet", "Ignore")
	for _, mark := range []string{"Ja", "Nej", "", "X", "ja"} {
		row := r.Append([roster.NumFields]string{"a" + mark + "@skola.example.se", "Tove", "Lager", "9A", "Norrskolan", "Ale", "student", ""})
		row.Extra = make([]string, x+1)
		row.Extra[x] = mark
	}
	r.Rows[4].Protected = true
	c := NewChecker(r)
	var marks []string
	for _, p := range c.Problems() {
		if p.Code == CodeProtectedMarkIgnored {
			marks = append(marks, r.ByID(p.Row).Extra[x])
			if p.Severity != Warning || p.Column != "Skyddad identitet" || !strings.Contains(p.Message.String(), `says "Ja"`) && !strings.Contains(p.Message.String(), `says "X"`) {
				t.Errorf("problem %+v", p)
			}
		}
	}
	if strings.Join(marks, ",") != "Ja,X" {
		t.Errorf("warned on the marks %q, want Ja and X", marks)
	}
}

// A second column headed as Class (tester T16) is an error on the class
// cell where it says another class, with its value as a choice (never
// taken by Fix all: only the user knows which is right); where it
// agrees (any case, any surrounding spaces) or is empty, nothing.
func TestTwinColumnDisagrees(t *testing.T) {
	tests := []struct {
		class, twin string
		want        bool
	}{
		{"9A", "9B", true},
		{"", "9B", true},
		{"9A", " 9a ", false},
		{"9A", "", false},
	}
	for _, tt := range tests {
		r := roster.New()
		r.ExtraColumns = []string{"Anteckning", "Klass"}
		r.SetTwin("Klass", roster.Class)
		row := r.Append(person(set(roster.Class, tt.class)))
		row.Extra = []string{"", tt.twin}
		var got []Problem
		for _, p := range Check(r) {
			if p.Code == CodeColumnsDisagree {
				got = append(got, p)
			}
		}
		if !tt.want {
			if len(got) != 0 {
				t.Errorf("%q beside %q: %+v", tt.class, tt.twin, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Field != roster.Class || got[0].Severity != Error || !got[0].Fix.Choice() || got[0].Fix.Choices[0].Value != "9B" ||
			!strings.Contains(got[0].Message.String(), `another column headed as Class, "Klass", says "9B" on this row`) {
			t.Errorf("%q beside %q: %+v, want one error on Class with a choice of 9B", tt.class, tt.twin, got)
		}
	}
}
