package sheet

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTrimmedIsANotice checks that cells that lost their surrounding
// spaces are one notice among the others (tester T34: the command line's
// text said so, its JSON did not), naming the file when the list has one
// and no file when it has several.
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
	if trimmed := trimmedNotice(t, imp); trimmed.File != "" || trimmed.Message.String() != "removed surrounding spaces from 3 cells" {
		t.Errorf("two files: notice %+v %q", trimmed, trimmed.Message.String())
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
