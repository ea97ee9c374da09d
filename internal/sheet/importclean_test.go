package sheet

import (
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

func TestImportRemovesInvisibleCharacters(t *testing.T) {
	csv := "Email;FirstName;LastName;Class;School;Municipality;Role;Notes\n" +
		"anna@skola.example.se;\u200b Anna\u200b;\u202eLind\u202c;9A;Norr\u00adskolan;\u200b;Elev\u2060;a\u200bb\n"
	imp, err := ReadCSV(strings.NewReader(csv), "elever.csv")
	if err != nil {
		t.Fatal(err)
	}
	row := imp.Roster.Rows[0]
	want := [roster.NumFields]string{"anna@skola.example.se", "Anna", "Lind", "9A", "Norrskolan", "", "student", ""}
	if row.Values != want {
		t.Errorf("values %+q, want %+q", row.Values, want)
	}
	removed := map[roster.Field]string{roster.FirstName: "\u200b", roster.LastName: "\u202e\u202c",
		roster.School: "\u00ad", roster.Municipality: "\u200b", roster.Role: "\u2060"}
	for _, f := range roster.Fields {
		if got := row.Removed(f); got != removed[f] {
			t.Errorf("%s: removed %+q, want %+q", f, got, removed[f])
		}
	}
	// Columns that are never exported keep the source's text.
	if row.Extra[0] != "a\u200bb" {
		t.Errorf("extra column %+q", row.Extra[0])
	}
}

// TestImportFieldPlainText holds the import's way past roster.CleanText
// for plain ASCII to the way through it: it fails if plainText lets a
// control character, DEL or a byte outside ASCII (a soft hyphen, NBSP,
// a combining mark that makes text not composed) pass.
func TestImportFieldPlainText(t *testing.T) {
	for _, v := range []string{
		"", "Anna", " Anna Lind ", "a\tb\nc\rd\ve\ff", "Elev", "ELEV", "teacher", "9A", "a\x00b", "a\x1fb", "a\x7fb",
		"a\u00adb", "a\u00a0b", "a\u200bb", "A\u030asa", "Åsa", "Lärare", "\xff", "a\u0085b", "x@y.se\u2060",
	} {
		for _, f := range []roster.Field{roster.FirstName, roster.Role, roster.Email} {
			clean, wantRemoved := roster.CleanText(v)
			if wantRemoved != "" {
				clean = strings.TrimSpace(clean)
			}
			want := importValue(f, clean)
			if got, removed := importField(f, v); got != want || removed != wantRemoved {
				t.Errorf("importField(%s, %q) = %q, %q; want %q, %q", f, v, got, removed, want, wantRemoved)
			}
		}
	}
}

// TestPlainTextWords holds plainText's eight bytes at a time to the
// byte-by-byte rule at every place in a word: it fails if a word of
// printable bytes hides a control byte, DEL or a byte outside ASCII.
func TestPlainTextWords(t *testing.T) {
	for c := range 256 {
		m := string([]byte{byte(c)})
		want := c >= 0x20 && c < 0x7f || c >= '\t' && c <= '\r'
		for n := 0; n <= 17; n++ {
			for _, v := range []string{strings.Repeat("x", n) + m + strings.Repeat("~", 17-n), strings.Repeat(" ", n) + m} {
				if got := plainText(v); got != want {
					t.Errorf("plainText(%q) = %v, want %v", v, got, want)
				}
			}
		}
	}
}
