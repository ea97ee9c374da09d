package sheet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rosterdesk/internal/check"
)

// TestProtectedInOneSourceIsProtectedInAll: a pupil marked protected in
// the school system's list and unmarked on a teacher's class list is
// protected on both: never exported, no duplicate to delete down to the
// unmarked copy, and a warning on the copy names where the mark is.
func TestProtectedInOneSourceIsProtectedInAll(t *testing.T) {
	dir := t.TempDir()
	sis := filepath.Join(dir, "sis.csv")
	class := filepath.Join(dir, "klass8A.csv")
	write := func(path, text string) {
		if err := os.WriteFile(path, []byte(strings.ReplaceAll(text, "\n", "\r\n")), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(sis, "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;Skyddad identitet\n"+
		"dan.alm@elev.exempel.se;Dan;Alm;8A;Ekskolan;Ale;Elev;Ja\n"+
		"ida.berg@elev.exempel.se;Ida;Berg;8A;Ekskolan;Ale;Elev;Nej\n")
	write(class, "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll\n"+
		"ida.berg@elev.exempel.se;Ida;Berg;8A;Ekskolan;Ale;Elev\n"+
		"DAN.ALM@elev.exempel.se ;Dan;Alm;8A;Ekskolan;Ale;Elev\n")
	imp, err := ReadAll([]string{sis, class}, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	copyRow := imp.Roster.Rows[3]
	if !copyRow.Protected {
		t.Fatal("the unmarked copy of a protected pupil is not protected")
	}
	var found bool
	for _, p := range imp.Problems {
		if p.Row == copyRow.ID && p.Code == check.CodeProtectedValue && strings.Contains(p.Message.String(), "sis.csv, row 2") {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning on the copy naming sis.csv row 2: %v", imp.Problems)
	}
	var shared []string
	for _, n := range imp.Notices {
		if n.Code == NoticeSharedPeople {
			shared = append(shared, n.Message.String())
		}
	}
	if len(shared) != 1 || !strings.HasPrefix(shared[0], "1 person is on both sis.csv and klass8A.csv") {
		t.Errorf("shared notices %q: only Ida, who is not protected, counts", shared)
	}
}
