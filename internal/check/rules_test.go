package check

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

// person makes a row that passes every rule; edits change one thing.
func person(edits ...func(*[roster.NumFields]string)) [roster.NumFields]string {
	v := [roster.NumFields]string{"tova.lind@skola.example.se", "Tova", "Lind", "9A", "Norrskolan", "Borås", "student", ""}
	for _, e := range edits {
		e(&v)
	}
	return v
}

func set(f roster.Field, value string) func(*[roster.NumFields]string) {
	return func(v *[roster.NumFields]string) { v[f] = value }
}

// found lists problems as "Field code severity" for comparing.
func found(problems []Problem) []string {
	var out []string
	for _, p := range problems {
		out = append(out, fmt.Sprintf("%s %s %s", p.Field, p.Code, p.Severity))
	}
	return out
}

func TestRowRules(t *testing.T) {
	tests := []struct {
		name   string
		values [roster.NumFields]string
		want   []string
	}{
		{"clean student", person(), nil},
		{"clean teacher", person(set(roster.Class, ""), set(roster.Role, "teacher")), nil},
		{"teacher at a unit", person(set(roster.Class, ""), set(roster.Role, "teacher"), set(roster.School, "Språkcentrum")), nil},
		{"named class kept", person(set(roster.Class, "Blå gruppen")), nil},
		{"missing email", person(set(roster.Email, "")), []string{"Email missing error"}},
		{"missing names", person(set(roster.FirstName, " "), set(roster.LastName, "")),
			[]string{"FirstName missing error", "FirstName whitespace warning", "LastName missing error"}},
		{"missing school, municipality, role", person(set(roster.School, ""), set(roster.Municipality, ""), set(roster.Role, "")),
			[]string{"School missing error", "Municipality missing error", "Role missing error"}},
		{"invalid email", person(set(roster.Email, "tova.lind.skola.se")), []string{"Email email_invalid error"}},
		{"non-ascii email", person(set(roster.Email, "tova.åkesson@skola.se")), []string{"Email email_non_ascii warning"}},
		{"unknown role", person(set(roster.Role, "elevv")), []string{"Role role_unknown error"}},
		{"role words", person(set(roster.Role, "Elev")), nil},
		{"student without class", person(set(roster.Class, "")), []string{"Class class_missing error"}},
		{"grade only", person(set(roster.Class, "9")), []string{"Class class_grade_only error"}},
		{"grade only åk", person(set(roster.Class, "åk 9")), []string{"Class class_grade_only error"}},
		{"section only", person(set(roster.Class, "A")), []string{"Class class_no_grade warning"}},
		{"section only lower case", person(set(roster.Class, " b ")), []string{"Class class_no_grade warning", "Class whitespace warning"}},
		{"section only word", person(set(roster.Class, "Blå")), []string{"Class class_no_grade warning"}},
		{"förskoleklass F", person(set(roster.Class, "F")), nil},
		{"förskoleklass FA", person(set(roster.Class, "FA")), nil},
		{"förskoleklass Fsk B", person(set(roster.Class, "Fsk B")), nil},
		{"förskoleklass written out", person(set(roster.Class, "Förskoleklass")), nil},
		{"teacher with a section", person(set(roster.Role, "teacher"), set(roster.Class, "A")), []string{"Class class_teacher warning"}},
		{"unknown role with a section", person(set(roster.Role, "vikarie"), set(roster.Class, "A")), []string{"Role role_unknown error"}},
		{"class format", person(set(roster.Class, "9 a")), []string{"Class class_format warning"}},
		{"class lower case", person(set(roster.Class, "9a")), []string{"Class class_format warning"}},
		{"teacher with class", person(set(roster.Role, "Lärare")), []string{"Class class_teacher warning"}},
		{"teacher with grade", person(set(roster.Role, "teacher"), set(roster.Class, "9")), []string{"Class class_teacher warning"}},
		{"spaces", person(set(roster.School, "Norrskolan "), set(roster.LastName, "af  Klint")),
			[]string{"LastName whitespace warning", "School whitespace warning"}},
		{"unknown role gets no class rules", person(set(roster.Role, "vikarie"), set(roster.Class, "")), []string{"Role role_unknown error"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := roster.New()
			r.Append(tt.values)
			got := found(Check(r))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFixesRepair(t *testing.T) {
	r := roster.New()
	r.Append(person(set(roster.Class, "9 a")))
	r.Append(person(set(roster.Email, "b@skola.se"), set(roster.Role, "teacher")))
	r.Append(person(set(roster.Email, "c@skola.se"), set(roster.School, " Norrskolan  ")))
	r.Append(person(set(roster.Email, "d@skola.se"), set(roster.Municipality, "Boras")))
	for _, p := range Check(r) {
		if p.Fix == nil {
			t.Fatalf("%s %s has no fix", p.Field, p.Code)
		}
		r.ByID(p.Row).Values[p.Field] = p.Fix.Value
	}
	if left := Check(r); len(left) != 0 {
		t.Errorf("after the fixes: %q", found(left))
	}
}

// TestRoleUnknownIsAChoice: a role that is neither a student nor a teacher
// word (a school nurse, a counsellor, an assistant, a student teacher)
// stays an error whose fix is the user's choice between teacher and
// leaving the row out, never a certain fix that Fix all would apply.
func TestRoleUnknownIsAChoice(t *testing.T) {
	for _, role := range []string{"Skolsköterska", "Kurator", "Elevassistent", "Lärarstudent", "vikarie"} {
		r := roster.New()
		row := r.Append(person(set(roster.Role, role)))
		ps := NewChecker(r).CellProblems(row.ID, roster.Role)
		if len(ps) != 1 || ps[0].Code != CodeRoleUnknown || !strings.Contains(ps[0].Message.String(), `"student" or "teacher"`) {
			t.Fatalf("%s: problems %+v, want one role_unknown", role, ps)
		}
		f := ps[0].Fix
		if !f.Choice() || len(f.Choices) != 2 || f.Label.IsZero() {
			t.Fatalf("%s: fix %+v, want a choice of two", role, f)
		}
		teacher, out := f.Choices[0], f.Choices[1]
		if teacher.Value != "teacher" || teacher.LeaveOut || teacher.Label.String() != `Change to "teacher"` {
			t.Errorf("%s: first choice %+v, want the role teacher", role, teacher)
		}
		if !out.LeaveOut || out.Label.String() != "Leave out of the file" {
			t.Errorf("%s: second choice %+v, want leaving the row out", role, out)
		}
	}
	certain := &Fix{Value: "9A"}
	if certain.Choice() || (*Fix)(nil).Choice() || !(&Fix{Keep: []roster.RowID{1}}).Choice() {
		t.Error("Choice() is wrong for a certain fix, no fix or a row to keep")
	}
}

func TestDuplicatesAndMunicipality(t *testing.T) {
	r := roster.New()
	r.Append(person(set(roster.SSOID, "100000000001")))
	r.Append(person(set(roster.Email, "TOVA.LIND@skola.example.se "), set(roster.SSOID, "100000000001")))
	r.Append(person(set(roster.Email, "c@skola.se"), set(roster.Municipality, "Borås")))
	r.Append(person(set(roster.Email, "d@skola.se"), set(roster.Municipality, "Ulricehamn")))
	prot := r.Append(person(set(roster.Municipality, "Ulricehamn")))
	prot.Protected = true // same email, but never exported: not counted
	got := found(Check(r))
	want := []string{
		"Email email_duplicate error", "SSOID ssoid_duplicate error",
		"Email email_duplicate error", "Email whitespace warning", "SSOID ssoid_duplicate error",
		"Municipality municipality_mixed error",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	c := NewChecker(r)
	if c.MainMunicipality() != "Borås" {
		t.Errorf("main = %q", c.MainMunicipality())
	}
	if e, w := c.Counts(); e != 5 || w != 1 {
		t.Errorf("counts = %d errors, %d warnings", e, w)
	}
	msg := c.CellProblems(r.Rows[0].ID, roster.Email)[0].Message.String()
	if !strings.Contains(msg, "2 rows") {
		t.Errorf("duplicate message %q should say how many rows", msg)
	}
}

func TestMunicipalityTieIsStable(t *testing.T) {
	r := roster.New()
	r.Append(person(set(roster.Municipality, "Vantaa")))
	r.Append(person(set(roster.Email, "b@koulu.fi"), set(roster.Municipality, "Espoo")))
	c := NewChecker(r)
	if m := c.MainMunicipality(); m != "Espoo" {
		t.Errorf("a tie goes to the alphabetically first, got %q", m)
	}
	// The first in the alphabet is no majority: the problem says it is a
	// tie, names both, and offers no fix that would pick one.
	r.Append(person(set(roster.Email, "c@koulu.fi"), set(roster.Municipality, "Vantaa")))
	r.Append(person(set(roster.Email, "d@koulu.fi"), set(roster.Municipality, "Espoo")))
	c = NewChecker(r)
	ps := c.CellProblems(r.Rows[0].ID, roster.Municipality)
	want := `one file holds one municipality, but as many rows say "Vantaa" as "Espoo" (2 each): which one is it?`
	if len(ps) != 1 || ps[0].Code != CodeMunicipalityMixed || ps[0].Message.String() != want || ps[0].Fix != nil {
		t.Fatalf("tie problems %+v, want one municipality_mixed saying %q and no fix", ps, want)
	}
	if e, w := c.Counts(); e != 2 || w != 0 {
		t.Errorf("counts %d errors, %d warnings; want 2 errors", e, w)
	}
	// One more row breaks the tie: the majority is named, with its fix.
	r.Append(person(set(roster.Email, "e@koulu.fi"), set(roster.Municipality, "Vantaa")))
	c = NewChecker(r)
	ps = c.CellProblems(r.Rows[1].ID, roster.Municipality)
	if len(ps) != 1 || !strings.Contains(ps[0].Message.String(), `most rows say "Vantaa"`) || ps[0].Fix == nil || ps[0].Fix.Value != "Vantaa" {
		t.Errorf("after the tie: %+v", ps)
	}
	// A tie between two spellings of one name is said the same way.
	r = roster.New()
	r.Append(person(set(roster.Municipality, "Borås")))
	r.Append(person(set(roster.Email, "b@skola.se"), set(roster.Municipality, "Boras")))
	ps = NewChecker(r).CellProblems(r.Rows[0].ID, roster.Municipality)
	if len(ps) != 1 || !strings.Contains(ps[0].Message.String(), `as many rows say "Borås" as "Boras"`) || ps[0].Fix != nil {
		t.Errorf("a tie of spellings: %+v", ps)
	}
}

func TestBlankRowsAreNotChecked(t *testing.T) {
	r := roster.New()
	r.Append([roster.NumFields]string{})
	if p := Check(r); len(p) != 0 {
		t.Errorf("blank row has problems: %q", found(p))
	}
}

// TestFixesAndMessages checks, rule by rule, the fix offered and what the
// message says.
func TestFixesAndMessages(t *testing.T) {
	tests := []struct {
		name    string
		values  [roster.NumFields]string
		field   roster.Field
		code    Code
		fix     string // "-" for no fix
		message string // a part the message must contain
	}{
		{"missing", person(set(roster.School, "")), roster.School, CodeMissing, "-", "required"},
		{"missing, spaces only", person(set(roster.Role, "  ")), roster.Role, CodeMissing, "-", "required"},
		{"no @", person(set(roster.Email, "tova.skola.se")), roster.Email, CodeEmailInvalid, "-", "no @"},
		{"no dot in domain", person(set(roster.Email, "tova@skola")), roster.Email, CodeEmailInvalid, "-", `the domain "skola" has no dot`},
		{"display name", person(set(roster.Email, "Tova<tova@skola.se>")), roster.Email, CodeEmailInvalid, "-", "angle brackets"},
		{"non-ascii", person(set(roster.Email, "tova.öberg@skola.se")), roster.Email, CodeEmailNonASCII, "-", "å, ä or ö"},
		{"class missing", person(set(roster.Class, "")), roster.Class, CodeClassMissing, "-", "such as 7A"},
		{"grade only", person(set(roster.Class, "9")), roster.Class, CodeClassGradeOnly, "-", "such as 9A"},
		{"grade only 8", person(set(roster.Class, "8:an")), roster.Class, CodeClassGradeOnly, "-", "such as 8A"},
		{"grade only luokka", person(set(roster.Class, "7. luokka"), set(roster.Role, "oppilas")), roster.Class, CodeClassGradeOnly, "-", "such as 7A"},
		{"section only", person(set(roster.Class, "B")), roster.Class, CodeClassNoGrade, "-", `"B" is only a section: add the pupil's year before it`},
		{"section only word", person(set(roster.Class, "Blå")), roster.Class, CodeClassNoGrade, "-", "add the pupil's year before it"},
		{"two classes", person(set(roster.Class, "9A/9B")), roster.Class, CodeClassSeveral, "-", `"9A/9B" names more than one class`},
		{"two classes och", person(set(roster.Class, "9a och 9b")), roster.Class, CodeClassSeveral, "-", "choose one"},
		{"teaching group", person(set(roster.Class, "Ma grp 1")), roster.Class, CodeClassGroup, "-", `"Ma grp 1" looks like a teaching group`},
		{"subject and class", person(set(roster.Class, "Engelska 9A")), roster.Class, CodeClassGroup, "-", "teaching group"},
		{"class format", person(set(roster.Class, "9 a")), roster.Class, CodeClassFormat, "9A", `"9A"`},
		{"class format dash", person(set(roster.Class, "9-b")), roster.Class, CodeClassFormat, "9B", `"9B"`},
		{"class format åk", person(set(roster.Class, "åk 7c")), roster.Class, CodeClassFormat, "7C", `"7C"`},
		{"teacher class", person(set(roster.Role, "opettaja")), roster.Class, CodeClassTeacher, "", "teachers"},
		{"trailing space", person(set(roster.School, "Norrskolan ")), roster.School, CodeWhitespace, "Norrskolan", "spaces"},
		{"inner spaces", person(set(roster.LastName, "af   Klint")), roster.LastName, CodeWhitespace, "af Klint", "spaces"},
		{"tab", person(set(roster.FirstName, "Tova\tLiv")), roster.FirstName, CodeWhitespace, "Tova Liv", "tabs"},
		{"line break", person(set(roster.School, "Norr\nskolan")), roster.School, CodeWhitespace, "Norr skolan", "line breaks"},
		{"no-break space", person(set(roster.LastName, "Lind\u00a0")), roster.LastName, CodeWhitespace, "Lind", "spaces"},
		{"spaces in ssoid", person(set(roster.SSOID, " 1001")), roster.SSOID, CodeWhitespace, "1001", "spaces"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := roster.New()
			row := r.Append(tt.values)
			var got *Problem
			for _, p := range NewChecker(r).CellProblems(row.ID, tt.field) {
				if p.Code == tt.code {
					got = &p
				}
			}
			if got == nil {
				t.Fatalf("no %s on %s: %q", tt.code, tt.field, found(Check(r)))
			}
			switch {
			case tt.fix == "-" && got.Fix != nil:
				t.Errorf("fix %+v, want none", *got.Fix)
			case tt.fix != "-" && got.Fix == nil:
				t.Errorf("no fix, want %q", tt.fix)
			case tt.fix != "-" && (got.Fix.Value != tt.fix || got.Fix.Label.IsZero()):
				t.Errorf("fix %+v, want value %q", *got.Fix, tt.fix)
			}
			if !strings.Contains(got.Message.String(), tt.message) {
				t.Errorf("message %q, want it to say %q", got.Message, tt.message)
			}
		})
	}
}

// TestMessagesArePlain checks that no message repeats the row or the
// column name, and that each starts in lower case, as the problem list
// puts the cell before it.
func TestMessagesArePlain(t *testing.T) {
	r := roster.New()
	for i, v := range []string{"", "9", "9 a", "x", "å@s.se", "a@s"} {
		r.Append(person(set(roster.Class, v), set(roster.Email, v), set(roster.Municipality, []string{"Borås", "Vantaa"}[i%2]),
			set(roster.SSOID, "1001"), set(roster.School, " "+v), set(roster.Role, []string{"student", "teacher", "x"}[i%3])))
	}
	seen := map[Code]bool{}
	for _, p := range Check(r) {
		seen[p.Code] = true
		msg := p.Message.String()
		for _, f := range roster.Fields {
			if strings.Contains(msg, f.String()) {
				t.Errorf("%s: message %q names the column", p.Code, p.Message)
			}
		}
		if strings.Contains(strings.ToLower(msg), "row ") || msg == "" ||
			strings.ToLower(msg[:1]) != msg[:1] {
			t.Errorf("%s: message %q", p.Code, p.Message)
		}
	}
	if len(seen) < 10 {
		t.Errorf("only %d codes seen: %v", len(seen), seen)
	}
}
