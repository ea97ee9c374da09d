package check

import (
	"testing"

	"rosterdesk/internal/roster"
)

func TestInvisibleRemoved(t *testing.T) {
	r := roster.New()
	row := r.NewRow()
	row.Values = [roster.NumFields]string{"anna@skola.example.se", "Anna", "", "9A", "Norrskolan", "", "student", ""}
	row.SetRemoved(roster.FirstName, "\u200b\u202e")
	row.SetRemoved(roster.LastName, "\u00ad")
	row.SetRemoved(roster.Municipality, "\u2800\ufeff\u2060\x07\u3164")
	r.Rows = append(r.Rows, row)
	got := map[string]string{}
	for _, p := range Check(r) {
		key := p.Field.String() + " " + string(p.Code)
		if p.Code == CodeInvisibleRemoved && p.Severity != Warning {
			t.Errorf("%s is an error", key)
		}
		got[key] = p.Message.String()
	}
	want := map[string]string{
		"FirstName invisible_removed":    "invisible characters removed: zero-width space (U+200B), text direction control (U+202E)",
		"LastName invisible_removed":     "invisible characters removed: soft hyphen (U+00AD)",
		"Municipality invisible_removed": "invisible characters removed: braille blank (U+2800), zero-width no-break space (U+FEFF), word joiner (U+2060) and 2 more",
		// Empty once cleaned is empty: required.
		"LastName missing":     "required, but empty",
		"Municipality missing": "required, but empty",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %q, want %q", k, got[k], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("problems %q, want %q", got, want)
	}
}

func TestInvisibleNames(t *testing.T) {
	for r, want := range map[rune]string{
		0x200C: "zero-width non-joiner (U+200C)", 0x200D: "zero-width joiner (U+200D)",
		0x200E: "direction mark (U+200E)", 0x2066: "text direction control (U+2066)",
		0x0000: "control character (U+0000)", 0x0085: "control character (U+0085)",
		0xFFA0: "Hangul filler (U+FFA0)", 0x2061: "invisible format character (U+2061)",
		0xE0041: "invisible format character (U+E0041)",
	} {
		if got := invisibleName(r).String(); got != want {
			t.Errorf("%U: %q, want %q", r, got, want)
		}
	}
	if got := removedMessage([]rune{0x200B, 0x00AD}).String(); got != "invisible characters removed: zero-width space (U+200B), soft hyphen (U+00AD)" {
		t.Errorf("two: %q", got)
	}
}
