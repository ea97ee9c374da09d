package rostertest

import (
	"fmt"
	"testing"

	"rosterdesk/internal/roster"
)

func TestExportRecordIsThePersonAsASchoolSystemWritesThem(t *testing.T) {
	for _, i := range []int{0, 1, 20, 997, 1994, 99_999} {
		rec, v := ExportRecord(i), Values(i)
		if len(rec) != len(ExportHeader) {
			t.Fatalf("row %d has %d cells for %d columns", i, len(rec), len(ExportHeader))
		}
		if rec[0] != v[roster.FirstName] || rec[2] != v[roster.Email] || fmt.Sprint(rec[7]) != v[roster.SSOID] {
			t.Errorf("row %d = %v, not person %v", i, rec, v)
		}
		if _, numeric := rec[7].(int); !numeric {
			t.Errorf("row %d: the SSO id %v must be a number, as exports write it", i, rec[7])
		}
		if want := map[bool]string{true: "Lärare", false: "Elev"}[i%20 == 0]; rec[6] != want {
			t.Errorf("row %d: role %v, want %s", i, rec[6], want)
		}
		if want := map[bool]string{true: "Ja", false: ""}[Protected(i)]; rec[8] != want {
			t.Errorf("row %d: protected %q, want %q", i, rec[8], want)
		}
	}
}
