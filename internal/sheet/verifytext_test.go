package sheet

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestVerifyTextSheetCatchesEveryDifference writes a text sheet and
// checks that both readers of the read-back accept exactly what was
// written and refuse a changed cell, a missing or extra row and an extra
// value, without saying the value.
func TestVerifyTextSheetCatchesEveryDifference(t *testing.T) {
	records := [][]string{
		{"Email", "FirstName", "LastName"},
		{"tova.lind@skola.example.se", "Tova", "Lind"},
		{"eskil.berg@skola.example.se", "Eskil", ""},
		{"", "", "Ågren"},
	}
	path := filepath.Join(t.TempDir(), "u.xlsx")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeTextSheet(f, "Sheet1", records); err != nil {
		t.Fatal(err)
	}
	f.Close()
	clone := func(edit func([][]string) [][]string) [][]string {
		c := make([][]string, len(records))
		for i := range records {
			c[i] = slices.Clone(records[i])
		}
		return edit(c)
	}
	cases := map[string][][]string{
		"changed cell": clone(func(c [][]string) [][]string { c[1][1] = "Tove"; return c }),
		"missing row":  clone(func(c [][]string) [][]string { return c[:3] }),
		"extra row":    clone(func(c [][]string) [][]string { return append(c, []string{"x", "", ""}) }),
		"extra value":  clone(func(c [][]string) [][]string { c[3] = c[3][:2]; return c }),
		"empty cell":   clone(func(c [][]string) [][]string { c[2][2] = "Berg"; return c }),
	}
	for name, verify := range map[string]func(string, [][]string) error{
		"fast": verifyTextSheetFast, "excelize": verifyTextSheetExcelize,
	} {
		if err := verify(path, records); err != nil {
			t.Errorf("%s: the file as written: %v", name, err)
		}
		for what, want := range cases {
			err := verify(path, want)
			if err == nil {
				t.Errorf("%s: %s not noticed", name, what)
				continue
			}
			for _, secret := range []string{"Tova", "Tove", "Berg", "Ågren"} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("%s: %s: the error %q says a value", name, what, err)
				}
			}
		}
	}
}

// TestVerifyTextSheetFastReadsTheExport checks that the read-back of a
// real export goes through the fast scanner, not the slow fallback.
func TestVerifyTextSheetFastReadsTheExport(t *testing.T) {
	records := [][]string{{"Email", "Class"}, {"a@b.se", "9A"}, {"=1+1", "0701"}, {"+46 70", "1.2E+11"}}
	path := filepath.Join(t.TempDir(), "u.xlsx")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeTextSheet(f, uploadSheet, records); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := verifyTextSheetFast(path, records); err != nil {
		t.Fatalf("the fast read-back declined or failed: %v", err)
	}
}
