package check

import (
	"testing"

	"rosterdesk/internal/roster"
)

func TestQuoteMark(t *testing.T) {
	tests := map[string]string{
		"Ja, skyddad":  `"Ja, skyddad"`,
		"Sekretess ✓":  `"Sekretess ✓"`,
		"\u0408\u0430": `"\u0408\u0430"`,
		"Ja\u200b!":    `"Ja\u200b!"`,
	}
	for in, want := range tests {
		if got := quoteMark(in); got != want {
			t.Errorf("quoteMark(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestUnsettledMarkColumnIsAnErrorOfTheFile(t *testing.T) {
	r := roster.New()
	r.ExtraColumns = []string{"Spärrkod", "Anteckning"}
	r.Append([roster.NumFields]string{"a@b.se", "Ann", "Berg", "9A", "Skola", "Borås", "student", ""}).Extra = []string{"S", ""}
	c := NewChecker(r)
	if e, _ := c.Counts(); e != 1 {
		t.Fatalf("%d errors, want 1", e)
	}
	ps := c.Problems()
	if len(ps) == 0 || ps[0].Code != CodeProtectedColumnUnknown || ps[0].Row != 0 || ps[0].Column != "Spärrkod" {
		t.Fatalf("problems %+v", ps)
	}
	r.SetSettled("Spärrkod", true)
	if e, _ := c.Counts(); e != 0 || len(c.FileProblems()) != 0 {
		t.Errorf("settled: %d errors, %+v", e, c.FileProblems())
	}
}

// Placeholders warns on each name or address cell that stands in for a
// hidden identity, naming its column; a row with none has none.
func TestPlaceholders(t *testing.T) {
	row := &roster.Row{ID: 7}
	row.Values[roster.FirstName], row.Values[roster.LastName], row.Values[roster.Email] = "***", "Berg", "skyddad@skola.example.se"
	row.Values[roster.School] = "***"
	ps := Placeholders(row, map[roster.Field]string{roster.FirstName: "Förnamn"})
	if len(ps) != 2 || ps[0].Field != roster.FirstName || ps[0].Column != "Förnamn" || ps[1].Field != roster.Email ||
		ps[0].Row != 7 || ps[0].Code != CodeProtectedPlaceholder {
		t.Errorf("problems %+v", ps)
	}
	row.Values[roster.FirstName], row.Values[roster.Email] = "Anna", "anna.berg@skola.example.se"
	if ps := Placeholders(row, nil); ps != nil {
		t.Errorf("a plain row: %+v", ps)
	}
}
