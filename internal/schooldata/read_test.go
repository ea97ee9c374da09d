package schooldata

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// exportDate is the day the test exports are read for: the leaver's
// enrolment ended before it.
var exportDate = time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)

// rowText writes a row as its eight values joined by "|", "!" before a
// protected one, and its source line.
func rowText(r *roster.Row) string {
	s := strings.Join(r.Values[:], "|")
	if r.Protected {
		s = "!" + s
	}
	return s
}

func rowsOf(res *Result) []string {
	var out []string
	for _, r := range res.Roster.Rows {
		out = append(out, rowText(r))
	}
	return out
}

func codesOf(res *Result) []string {
	var out []string
	for _, n := range res.Notices {
		out = append(out, n.Code)
	}
	return out
}

// The small municipality of testdata/make.py, read from each standard as a
// folder and as a zip.
func TestReadsTheSmallMunicipality(t *testing.T) {
	const (
		elsa = "elsa.ek@ale.example.se|Elsa|Ek|9A|Norrskolan|Ale|student|elsa.ek@ale.example.se"
		nils = "nils.holm@ale.example.se|Nils|Holm|8B|Söderskolan|Ale|student|nils.holm@ale.example.se"
		anna = "anna.lind@ale.example.se|Anna|Lind||Norrskolan|Ale|teacher|anna.lind@ale.example.se"
		per  = "per.strand@ale.example.se|Per|Strand||Söderskolan|Ale|teacher|per.strand@ale.example.se"
		sara = "!sara.dal@ale.example.se|Sara|Dal|8B|Söderskolan|Ale|student|sara.dal@ale.example.se"
	)
	cases := []struct {
		path    string
		format  Format
		rows    []string
		lines   []int
		notices []string
		noMarks bool
	}{
		{"sds", SDS, []string{elsa, nils, anna, per}, []int{2, 4, 5, 6},
			[]string{NoticeFormat, NoticeRolesLeftOut, NoticeNotValid}, true},
		{"oneroster", OneRoster, []string{elsa, nils, anna, per}, []int{2, 4, 5, 6},
			[]string{NoticeFormat, NoticeRolesLeftOut, NoticeNotValid}, true},
		{"ss12000", SS12000, []string{elsa, nils, sara, anna, per}, []int{1, 3, 4, 5, 6},
			[]string{NoticeFormat, NoticeNotValid}, false},
		{"ss12000-combined.json", SS12000, []string{elsa, nils, sara, anna, per}, []int{1, 3, 4, 5, 6},
			[]string{NoticeFormat, NoticeNotValid}, false},
	}
	for _, c := range cases {
		paths := []string{c.path}
		if !strings.HasSuffix(c.path, ".json") {
			paths = append(paths, c.path+".zip")
		}
		for _, p := range paths {
			t.Run(p, func(t *testing.T) {
				p := filepath.Join("testdata", p)
				if !Is(p) {
					t.Fatalf("Is(%s) = false", p)
				}
				res, err := Read(p, Options{Date: exportDate})
				if err != nil {
					t.Fatal(err)
				}
				if res.Format != c.format {
					t.Errorf("format %s, want %s", res.Format, c.format)
				}
				if got := rowsOf(res); !slices.Equal(got, c.rows) {
					t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.rows, "\n"))
				}
				var lines []int
				for _, r := range res.Roster.Rows {
					lines = append(lines, r.SourceLine)
				}
				if !slices.Equal(lines, c.lines) {
					t.Errorf("source lines %v, want %v", lines, c.lines)
				}
				if got := codesOf(res); !slices.Equal(got, c.notices) {
					t.Errorf("notices %v, want %v", got, c.notices)
				}
				if res.NoMarks != c.noMarks {
					t.Errorf("NoMarks %v, want %v", res.NoMarks, c.noMarks)
				}
				unknown := slices.ContainsFunc(res.Problems, func(p check.Problem) bool { return p.Code == check.CodeProtectedUnknown })
				if unknown != c.noMarks {
					t.Errorf("protected_unknown %v, want %v: %v", unknown, c.noMarks, res.Problems)
				}
				if slices.Contains(res.Roster.ExtraColumns, "password") {
					t.Error("the password column is kept")
				}
			})
		}
	}
}
