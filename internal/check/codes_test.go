package check

import (
	"os"
	"regexp"
	"testing"

	"rosterdesk/internal/i18n"
)

func TestEveryCodeHasATitleInEveryLanguage(t *testing.T) {
	catalogs := map[string]i18n.Catalog{}
	for _, l := range []string{"sv", "fi"} {
		c, err := i18n.Load(l)
		if err != nil {
			t.Fatal(err)
		}
		catalogs[l] = c
	}
	seen := map[Code]bool{}
	for _, c := range Codes() {
		if seen[c] {
			t.Errorf("%s is listed twice", c)
		}
		seen[c] = true
		title := c.Title()
		if title.IsZero() || title.String() == string(c) {
			t.Errorf("%s has no title", c)
		}
		for l, cat := range catalogs {
			if _, ok := cat[title.Format]; !ok || cat[title.Format] == "" {
				t.Errorf("%s: the title %q has no %s translation", c, title.Format, l)
			}
		}
	}
	if len(seen) < 25 {
		t.Errorf("%d codes, want the 19 of the rules and the 6 the open issues name", len(seen))
	}
}

func TestUnknownCodeBlocksAndNamesItself(t *testing.T) {
	c := Code("no_such_code")
	if c.Known() || c.Severity() != Error || c.Title().String() != "Other problem (no_such_code)" {
		t.Errorf("unknown code: known %v, severity %v, title %q", c.Known(), c.Severity(), c.Title())
	}
}

// TestReadmeListsEveryCode holds the README's table of problem codes to
// codes.go: every code in one row, with its severity.
func TestReadmeListsEveryCode(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| `([a-z_]+)` \\| (error|warning) \\|")
	listed := map[string]string{}
	for _, m := range row.FindAllStringSubmatch(string(readme), -1) {
		if _, twice := listed[m[1]]; twice {
			t.Errorf("README lists %s twice", m[1])
		}
		listed[m[1]] = m[2]
	}
	for _, c := range Codes() {
		if got, ok := listed[string(c)]; !ok {
			t.Errorf("README's table lacks %s", c)
		} else if got != c.Severity().String() {
			t.Errorf("README says %s is a %s, codes.go says %s", c, got, c.Severity())
		}
		delete(listed, string(c))
	}
	for c := range listed {
		t.Errorf("README lists %s, which is no code", c)
	}
}
