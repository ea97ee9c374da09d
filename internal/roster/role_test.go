package roster

import (
	"strings"
	"testing"
)

func TestParseRole(t *testing.T) {
	tests := []struct {
		in   string
		want RoleKind
	}{
		{"student", Student}, {"Student", Student}, {"STUDENT", Student}, {" student ", Student},
		{"students", Student}, {"pupil", Student}, {"Pupils", Student},
		{"elev", Student}, {"Elev", Student}, {"ELEV", Student}, {"ELEVER", Student}, {"Elever", Student},
		{"oppilas", Student}, {"Oppilas", Student}, {"OPPILAS", Student}, {"oppilaat", Student}, {"opiskelija", Student},
		{"learner", Student}, {"studerande", Student}, {"Pupil", Student}, {"PUPIL", Student},
		{"teacher", Teacher}, {"Teacher", Teacher}, {"staff", Teacher}, {"Staff", Teacher},
		{"lärare", Teacher}, {"Lärare", Teacher}, {"LÄRARE", Teacher}, {"larare", Teacher},
		{"personal", Teacher}, {"Pedagog", Teacher}, {"anställd", Teacher},
		{"opettaja", Teacher}, {"Opettaja", Teacher}, {"OPETTAJA", Teacher}, {"opettajat", Teacher}, {"henkilökunta", Teacher},
		{"STAFF", Teacher}, {"teachers", Teacher}, {"rektor", Teacher}, {"rehtori", Teacher}, {"anstalld", Teacher},
		{"", NoRole}, {"   ", NoRole}, {"elevv", NoRole}, {"vårdnadshavare", NoRole}, {"guardian", NoRole}, {"admin", NoRole}, {"vikarie?", NoRole}, {"9A", NoRole}, {"student teacher", NoRole},
	}
	for _, tt := range tests {
		if got := ParseRole(tt.in); got != tt.want {
			t.Errorf("ParseRole(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if Student.String() != "student" || Teacher.String() != "teacher" || NoRole.String() != "" {
		t.Error("role names")
	}
}

// slowFoldRole is foldRole as first written: the string lower-cased
// whole, then folded rune by rune. The fast folding must equal it.
func slowFoldRole(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch r {
		case ' ', '-', '.', '_':
			continue
		case 'å', 'ä', 'á', 'à':
			r = 'a'
		case 'ö', 'ø', 'ó':
			r = 'o'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// slowParseRole is ParseRole without the lookup of s as it is.
func slowParseRole(s string) RoleKind {
	if k, ok := roleWords[slowFoldRole(s)]; ok {
		return k
	}
	if TeacherTitle(s) {
		return Teacher
	}
	return NoRole
}

// roleSpellings are the tricky spellings the fast folding is held to:
// case, composed and decomposed letters, signs that lower-case to
// letters (Kelvin, Ångström), white space outside ASCII, bytes that are
// no UTF-8, and values longer than ParseRole's buffer.
var roleSpellings = []string{
	"", " ", "student", "Student", " STUDENT\t", "Elev", "ELEVER", "Lärare", "LÄRARE", "lärare ",
	"La\u0308rare", "L\u212Brare", "\u212Aalle", "För-ste.lä_rare", "Förstelärare", "Anställd",
	"anst\u00c4lld", "\u00a0elev\u00a0", "\u2003Opettaja", "opet\ttaja", "HENKILÖKUNTA", "henkilöstö",
	"Lektor", "İ", "el\xffev", "\xc3", "Lärare i fritidshem", "Ø", "ÓÁÀ",
	strings.Repeat("Lärare", 20), "teacher" + strings.Repeat(" ", 70),
}

// TestFoldRoleFast holds ParseRole and foldRole to the plain folding.
// It fails if the buffer skips ToLower outside ASCII (LÄRARE), folds
// before lower-casing (Ä), or drops a byte that is no UTF-8.
func TestFoldRoleFast(t *testing.T) {
	for _, s := range roleSpellings {
		if got, want := foldRole(s), slowFoldRole(s); got != want {
			t.Errorf("foldRole(%q) = %q, want %q", s, got, want)
		}
		if got, want := ParseRole(s), slowParseRole(s); got != want {
			t.Errorf("ParseRole(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzFoldRole(f *testing.F) {
	for _, s := range roleSpellings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldRole(s), slowFoldRole(s); got != want {
			t.Fatalf("foldRole(%q) = %q, want %q", s, got, want)
		}
		if got, want := ParseRole(s), slowParseRole(s); got != want {
			t.Fatalf("ParseRole(%q) = %v, want %v", s, got, want)
		}
	})
}
