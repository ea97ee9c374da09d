package editor

import (
	"os"
	"testing"
)

// TestExportNamedAfterTheRowsMunicipality checks tester T15: a file named
// after another municipality than its rows is refused and nothing is
// written; the rows' own name, in any case, exports.
func TestExportNamedAfterTheRowsMunicipality(t *testing.T) {
	d := cleanSample(t)
	if got := d.RowsMunicipality(); got != "Borås" {
		t.Fatalf("RowsMunicipality = %q, want Borås", got)
	}
	dir := t.TempDir()
	plan := d.PlanExport(dir, mustDate("20260901"))
	plan.Municipality = "Ale"
	if _, err := d.Export(plan); err == nil {
		t.Fatal("a file named after Ale with rows of Borås was written")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("%d files written", len(entries))
	}
	plan.Municipality = " borås "
	if _, err := d.Export(plan); err != nil {
		t.Fatalf("the rows' own municipality: %v", err)
	}
}
