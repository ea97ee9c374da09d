package check

import (
	"testing"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

func TestHeldProblems(t *testing.T) {
	r := roster.New()
	plain := r.Append([roster.NumFields]string{"a@b.se", "Ann", "Berg", "9A", "Skola", "Borås", "student", ""})
	marked := r.Append([roster.NumFields]string{"c@b.se", "Bo", "Dahl", "9A", "Skola", "Borås", "student", ""})
	marked.Protected = true
	c := NewChecker(r)
	value := Problem{Row: marked.ID, Field: roster.ProtectedField, Column: "Skyddad", Severity: Warning,
		Code: CodeProtectedValue, Message: i18n.T("read %q as protected identity", "Ja, skyddad")}
	column := Problem{Field: roster.NoField, Column: "Spärr", Severity: Error, Code: CodeProtectedColumnUnknown,
		Message: i18n.T("x")}
	c.Hold(value, column)
	if e, w := c.Counts(); e != 1 || w != 1 {
		t.Fatalf("counts = %d errors, %d warnings, want 1, 1", e, w)
	}
	all := c.Problems()
	if len(all) != 2 || all[0].Code != CodeProtectedColumnUnknown || all[1].Code != CodeProtectedValue {
		t.Fatalf("problems = %+v", all)
	}
	if got := c.RowProblems(marked.ID); len(got) != 1 || got[0].Column != "Skyddad" {
		t.Errorf("row problems = %+v", got)
	}
	if len(c.RowProblems(plain.ID)) != 0 {
		t.Errorf("plain row has problems")
	}
	if sev, ok := c.CellSeverity(marked.ID, roster.ProtectedField); !ok || sev != Warning {
		t.Errorf("cell severity = %v, %v", sev, ok)
	}

	// Unmarked by hand: the reason is no longer listed; marked again, it is.
	marked.Protected = false
	c.ProtectedChanged(marked)
	if e, w := c.Counts(); e != 1 || w != 0 {
		t.Errorf("unmarked: counts = %d, %d, want 1, 0", e, w)
	}
	for _, p := range c.Problems() {
		if p.Code == CodeProtectedValue {
			t.Errorf("unmarked row still lists %v", p)
		}
	}
	marked.Protected = true
	c.ProtectedChanged(marked)
	if _, w := c.Counts(); w != 1 {
		t.Errorf("marked again: %d warnings, want 1", w)
	}

	// Deleted and put back (undo).
	r.Rows = r.Rows[:1]
	c.Removed(marked)
	if _, w := c.Counts(); w != 0 || len(c.Problems()) != 1 {
		t.Errorf("removed: %d warnings, problems %+v", w, c.Problems())
	}
	r.Rows = append(r.Rows, marked)
	c.Added(marked)
	if _, w := c.Counts(); w != 1 {
		t.Errorf("put back: %d warnings, want 1", w)
	}
}

// A held listed_as_left warning (tester T35) is listed while its row is
// exported, with the row's own problems, and not once it is left out.
func TestHeldListedAsLeft(t *testing.T) {
	r := roster.New()
	row := r.Append(person())
	c := NewChecker(r)
	c.Hold(ListedAsLeft(row.ID, i18n.T("%s, row %d", "elever.xlsx:Utskrivna elever", 2)))
	if _, w := c.Counts(); w != 1 {
		t.Fatalf("%d warnings, want the listed_as_left", w)
	}
	if ps := c.RowProblems(row.ID); len(ps) != 1 || ps[0].Code != CodeListedAsLeft || !ps[0].Fix.LeaveOut {
		t.Fatalf("row problems %q", found(ps))
	}
	row.LeftOut = true
	c.LeftOutChanged(row)
	if e, w := c.Counts(); e != 0 || w != 0 || len(c.Problems()) != 0 {
		t.Errorf("left out: %d errors, %d warnings, problems %q", e, w, found(c.Problems()))
	}
	row.LeftOut = false
	c.LeftOutChanged(row)
	if _, w := c.Counts(); w != 1 {
		t.Errorf("taken back: %d warnings, want the listed_as_left again", w)
	}
}

// HeldProblems gives back every problem held, a row's while the row is
// not protected too: a restored document holds them all again.
func TestHeldProblemsGivesAllBack(t *testing.T) {
	r := roster.New()
	first := r.Append([roster.NumFields]string{"a@b.se", "Ann", "Berg", "9A", "Skola", "Borås", "student", ""})
	second := r.Append([roster.NumFields]string{"c@b.se", "Bo", "Dahl", "9A", "Skola", "Borås", "student", ""})
	second.Protected = true
	c := NewChecker(r)
	onSecond := Problem{Row: second.ID, Field: roster.ProtectedField, Severity: Warning, Code: CodeProtectedValue, Message: i18n.T("b")}
	onFirst := Problem{Row: first.ID, Field: roster.ProtectedField, Severity: Warning, Code: CodeProtectedValue, Message: i18n.T("a")}
	file := Problem{Field: roster.NoField, Severity: Error, Code: CodeProtectedUnknown, Message: i18n.T("f")}
	c.Hold(onSecond, onFirst, file)
	got := c.HeldProblems()
	if len(got) != 3 || got[0].Code != CodeProtectedUnknown || got[1].Row != first.ID || got[2].Row != second.ID {
		t.Fatalf("held = %+v", got)
	}
}
