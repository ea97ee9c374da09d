package check

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"rosterdesk/internal/roster"
)

// misread is what Excel makes of UTF-8 text it opens as Windows-1252.
func misread(t *testing.T, s string) string {
	t.Helper()
	v, err := charmap.Windows1252.NewDecoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestUngarble(t *testing.T) {
	for _, name := range []string{"Åsa Öberg", "Sjöängsskolan", "Borås", "Märta Ström", "Björn Åkesson", "Mäntsälä", "Jyväskylä", "Ærø", "José"} {
		garbled := misread(t, name)
		if got, ok := Ungarble(garbled); !ok || got != name {
			t.Errorf("Ungarble(%q) = %q, %v; want %q", garbled, got, ok, name)
		}
	}
	for _, v := range []string{"Åsa Öberg", "Borås", "Alva", "Âge", "Ã", "9A", "", "BorÃs"} {
		if got, ok := Ungarble(v); ok {
			t.Errorf("Ungarble(%q) = %q: not garbled text", v, got)
		}
	}
}

func TestLettersLost(t *testing.T) {
	for _, v := range []string{"?sa", "?berg", "Bor?s", "Sj??ngsskolan", "\uFFFDke Str\uFFFDm"} {
		if !lettersLost(v) {
			t.Errorf("lettersLost(%q) = false", v)
		}
	}
	for _, v := range []string{"Åsa", "Borås", "Vem?", "9A", "", "Ek ?"} {
		if lettersLost(v) {
			t.Errorf("lettersLost(%q) = true", v)
		}
	}
}

// TestGarbledRow checks a pupil of a UTF-8 csv that Excel read as
// Windows-1252 (tester T55): every garbled field is an error whose Fix
// gives the name back; a name with lost letters is an error with no Fix.
func TestGarbledRow(t *testing.T) {
	r := roster.New()
	row := r.NewRow()
	row.Values = [roster.NumFields]string{"asa.oberg@skola.se", misread(t, "Åsa"), misread(t, "Öberg"), "9A",
		misread(t, "Sjöängsskolan"), misread(t, "Borås"), "student", ""}
	r.Rows = append(r.Rows, row)
	lost := r.NewRow()
	lost.Values = [roster.NumFields]string{"ake.strom@skola.se", "?ke", "Str?m", "9A", "Sjöängsskolan", "Borås", "student", ""}
	r.Rows = append(r.Rows, lost)
	fixes := map[roster.Field]string{}
	var lostFields []roster.Field
	for _, p := range Check(r) {
		switch {
		case p.Code == CodeTextGarbled && p.Row == row.ID && p.Fix != nil:
			fixes[p.Field] = p.Fix.Value
		case p.Code == CodeLettersLost && p.Row == lost.ID:
			if p.Fix != nil {
				t.Errorf("a lost letter has no fix: %+v", p)
			}
			lostFields = append(lostFields, p.Field)
		}
	}
	want := map[roster.Field]string{roster.FirstName: "Åsa", roster.LastName: "Öberg", roster.School: "Sjöängsskolan", roster.Municipality: "Borås"}
	for f, v := range want {
		if fixes[f] != v {
			t.Errorf("%v: fix %q, want %q", f, fixes[f], v)
		}
	}
	if len(lostFields) != 2 {
		t.Errorf("lost letters in %v, want FirstName and LastName", lostFields)
	}
}

// lettersLostSlow is lettersLost as first written, rune by rune: the
// reference the fast one must agree with.
func lettersLostSlow(v string) bool {
	if strings.ContainsRune(v, utf8.RuneError) {
		return true
	}
	rs := []rune(v)
	for i, r := range rs {
		if r != '?' {
			continue
		}
		if i+1 < len(rs) && (unicode.IsLetter(rs[i+1]) || rs[i+1] == '?') {
			return true
		}
	}
	return false
}

// trickyCells are cells near the edges of hasGarbleMark and lettersLost.
var trickyCells = []string{
	"", "?", "??", "a?", "?a", "Vem?", "Vem? Ja", "?sa ?berg", "Bor?s", "?Åsa", "a?Å", "?1", "? a", "a??",
	"Åsa", "Ã", "Â", "Ã…sa", "BorÃ¥s", "Âge", "Ãx", "\xc3", "\xc3?", "?\xc3", "\xc3\x83", "\xe0\xc3\x83",
	"\xff", "?\xff", "\xff?a", "a\xef\xbf\xbd", "�ke", "Bor�s", "?\u0301", "?\u00a0", "?ß", "?ǅ", "?Ⅻ",
	"ÃÂ", "\xc3\x82\xc3\x83", "Ã\x00", "?\x00a", strings.Repeat("?", 100) + "a", "Öberg?", "9A", "Skola 7",
}

func TestLettersLostAgreesWithSlow(t *testing.T) {
	for _, v := range trickyCells {
		if got, want := lettersLost(v), lettersLostSlow(v); got != want {
			t.Errorf("lettersLost(%q) = %v, the rune-by-rune reading says %v", v, got, want)
		}
		if got, want := hasGarbleMark(v), strings.ContainsAny(v, "ÃÂ"); got != want {
			t.Errorf("hasGarbleMark(%q) = %v, ContainsAny says %v", v, got, want)
		}
	}
}

func FuzzGarbledFast(f *testing.F) {
	for _, v := range trickyCells {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if got, want := lettersLost(v), lettersLostSlow(v); got != want {
			t.Fatalf("lettersLost(%q) = %v, the rune-by-rune reading says %v", v, got, want)
		}
		if got, want := hasGarbleMark(v), strings.ContainsAny(v, "ÃÂ"); got != want {
			t.Fatalf("hasGarbleMark(%q) = %v, ContainsAny says %v", v, got, want)
		}
	})
}

// TestPlainTextFindsNothing holds garbledProblems' fast path to the slow
// one: a value plainText lets pass must be one that Ungarble and
// lettersLost find nothing in, and each value they flag must be stopped.
func TestPlainTextFindsNothing(t *testing.T) {
	values := []string{"", "Alva", "9A", "anna.berg@skola.se", "Vem?", "?sa", "Bor?s", "a?", "??",
		"BorÃ¥s", misread(t, "Åsa Öberg"), "Åsa", "\uFFFDke", "Str\uFFFDm", "x\x00y", "\x7f", "Â"}
	for c := 0; c < 0x80; c++ {
		values = append(values, string(rune(c)), "a"+string(rune(c))+"b", string(rune(c))+"sa")
	}
	stopped := 0
	for _, v := range values {
		_, garbled := Ungarble(v)
		lost := lettersLost(v)
		if plainText(v) && (garbled || lost) {
			t.Errorf("plainText(%q) passes a value that Ungarble (%v) or lettersLost (%v) flags", v, garbled, lost)
		}
		if !plainText(v) {
			stopped++
		}
	}
	if stopped == len(values) || stopped == 0 {
		t.Errorf("plainText stopped %d of %d values: the test does not try both ways", stopped, len(values))
	}
	row := &roster.Row{ID: 1}
	for _, v := range values {
		for _, f := range roster.Fields {
			row.Values[f] = v
		}
		got := garbledProblems(nil, row)
		var want []Problem
		for _, f := range roster.Fields {
			if _, ok := Ungarble(v); ok || (f != roster.Email && lettersLost(v)) {
				want = append(want, Problem{Field: f})
			}
		}
		if len(got) != len(want) {
			t.Errorf("garbledProblems of %q: %d problems, want %d", v, len(got), len(want))
		}
	}
}

// TestPlainTextWord holds plainText's eight bytes at a time to its
// definition byte by byte: every byte at every place of words and tail,
// beside '?', a byte beyond ASCII and the bytes next to them.
func TestPlainTextWord(t *testing.T) {
	for b := range 256 {
		for n := 0; n <= 20; n++ {
			for _, fill := range []string{"x", ">", "@", "\x00", "\x7f"} {
				s := strings.Repeat(fill, n) + string([]byte{byte(b)}) + strings.Repeat(fill, 20-n)
				want := true
				for i := 0; i < len(s); i++ {
					if s[i] >= 0x80 || s[i] == '?' {
						want = false
					}
				}
				if got := plainText(s); got != want {
					t.Errorf("plainText(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}
