package sheet

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestTrimmedIsANotice checks that cells that lost their surrounding
// spaces are one notice among the others (tester T34: the command line's
// text said so, its JSON did not), one for each file that had such
// cells, naming it (A14: a list of several files named none).
func TestTrimmedIsANotice(t *testing.T) {
	dir := t.TempDir()
	one := filepath.Join(dir, "elever.csv")
	two := filepath.Join(dir, "personal.csv")
	write := func(path, text string) {
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(one, "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll\r\n alva.berg@x.se ;Alva ;Berg;9A;Norrskolan;Ale;elev\r\n")
	write(two, "E-post;Förnamn;Efternamn;Skola;Kommun;Roll\r\nsara.ek@x.se;Sara;Ek ;Norrskolan;Ale;lärare\r\n")

	imp, err := ReadFile(one)
	if err != nil {
		t.Fatal(err)
	}
	trimmed := trimmedNotice(t, imp)
	if trimmed.File != one || trimmed.Message.String() != "removed surrounding spaces from 2 cells" {
		t.Errorf("notice %+v %q", trimmed, trimmed.Message.String())
	}
	if len(imp.Notices) != len(imp.AllNotices())-1 {
		t.Error("AllNotices changed the import's own notices")
	}

	imp, err = ReadAll([]string{one, two}, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range imp.AllNotices() {
		if n.Code == NoticeTrimmed {
			got = append(got, filepath.Base(n.File)+": "+n.Message.String())
		}
	}
	if want := []string{"elever.csv: removed surrounding spaces from 2 cells", "personal.csv: removed surrounding spaces from 1 cell"}; !slices.Equal(got, want) {
		t.Errorf("two files: notices %q, want %q", got, want)
	}

	// A14: only the second file has spaces; the notice names it.
	write(one, "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll\r\nalva.berg@x.se;Alva;Berg;9A;Norrskolan;Ale;elev\r\n")
	imp, err = ReadAll([]string{one, two}, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if trimmed := trimmedNotice(t, imp); trimmed.File != two || trimmed.Message.String() != "removed surrounding spaces from 1 cell" {
		t.Errorf("spaces in the second file only: notice %+v %q", trimmed, trimmed.Message.String())
	}
}

func trimmedNotice(t *testing.T, imp *Import) Notice {
	t.Helper()
	var found []Notice
	for _, n := range imp.AllNotices() {
		if n.Code == NoticeTrimmed {
			found = append(found, n)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d trimmed notices in %+v, want 1", len(found), imp.AllNotices())
	}
	return found[0]
}
