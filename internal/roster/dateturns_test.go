package roster

import (
	"slices"
	"testing"
	"time"
)

func day(s string) time.Time {
	d, err := time.Parse(dayLayout, s)
	if err != nil {
		panic(err)
	}
	return d
}

// A span turns on its first day and on the day after its last; two
// dates read alike when no turn lies between them, in either order.
func TestDateTurns(t *testing.T) {
	var turns DateTurns
	if !turns.Same(day("2020-01-01"), day("2030-01-01")) {
		t.Error("no turns, yet not the same")
	}
	turns.Span("2025-08-15", "2026-06-10")
	turns.Span("", "")
	turns.Span("not a day", "2026-13-40")
	turns.Span("", "2026-01-31")
	if got := turns.Days(); !slices.Equal(got, []string{"2025-08-15", "2026-02-01", "2026-06-11"}) {
		t.Fatalf("turns %v", got)
	}
	cases := []struct {
		a, b string
		same bool
	}{
		{"2026-01-15", "2026-01-31", true},  // still there on the end date
		{"2026-01-15", "2026-02-01", false}, // gone the day after
		{"2026-02-01", "2026-01-15", false},
		{"2026-02-01", "2026-06-10", true},
		{"2026-06-10", "2026-06-11", false},
		{"2025-08-14", "2025-08-15", false},
		{"2025-08-15", "2025-08-15", true},
		{"2024-01-01", "2025-08-14", true},
	}
	for _, c := range cases {
		if got := turns.Same(day(c.a), day(c.b)); got != c.same {
			t.Errorf("Same(%s, %s) = %v", c.a, c.b, got)
		}
	}
	var all DateTurns
	all.Merge(turns)
	all.Merge(DateTurns{})
	if !slices.Equal(all.Days(), turns.Days()) {
		t.Errorf("merged %v", all.Days())
	}
}
