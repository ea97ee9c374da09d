package editor

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// The document knows which rows the file protected, and by which column;
// a mark set by hand is not one, nor a row no longer protected (tester
// T21).
func TestFileMarked(t *testing.T) {
	d := openMarks(t)
	aino, tova, otto := findRow(t, d, "Aino"), findRow(t, d, "Tova"), findRow(t, d, "Otto")
	if n, cols := d.FileMarked([]roster.RowID{aino, tova, otto}); n != 1 || !reflect.DeepEqual(cols, []string{"Skyddad identitet"}) {
		t.Fatalf("file marked %d, columns %q; want Aino's, by Skyddad identitet", n, cols)
	}
	d.SetProtected([]roster.RowID{tova}, true)
	if n, _ := d.FileMarked([]roster.RowID{tova}); n != 0 {
		t.Errorf("a mark set by hand counts as the file's")
	}
	d.SetProtected([]roster.RowID{aino}, false)
	if n, _ := d.FileMarked([]roster.RowID{aino}); n != 0 {
		t.Errorf("a row no longer protected counts")
	}
	d.Undo()
	if n, _ := d.FileMarked([]roster.RowID{aino}); n != 1 {
		t.Errorf("the mark undone back is the file's again: %d", n)
	}
}

// The recovery journal keeps which rows the file protected, and rows added
// from another file bring theirs.
func TestFileMarkedKeptAndAdded(t *testing.T) {
	d := openMarks(t)
	got := restoreAfterCrash(t, d)
	if n, cols := got.FileMarked([]roster.RowID{findRow(t, got, "Aino")}); n != 1 || len(cols) != 1 {
		t.Errorf("restored: %d, %q", n, cols)
	}
	path := filepath.Join(t.TempDir(), "fler.csv")
	if err := os.WriteFile(path, []byte(markCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	imp, err := sheet.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n0, _ := d.FileMarked(rowIDsOf(d))
	d.AddRows(imp)
	if n, cols := d.FileMarked(rowIDsOf(d)); n != n0+1 || len(cols) != 1 {
		t.Errorf("after adding a file with one mark: %d %q, want %d", n, cols, n0+1)
	}
}

func rowIDsOf(d *Document) []roster.RowID {
	var ids []roster.RowID
	for _, row := range d.Roster().Rows {
		ids = append(ids, row.ID)
	}
	return ids
}

// A row the file marks protected whose mark the user removed is counted
// in the export plan, as the dialog says before it writes; a mark set
// and removed by hand, a row left out, and an undone removal are not.
func TestExportPlanCountsUnmarked(t *testing.T) {
	d := openMarks(t)
	aino, tova := findRow(t, d, "Aino"), findRow(t, d, "Tova")
	if p := d.PlanExport(t.TempDir(), time.Now()); p.Unmarked != 0 {
		t.Fatalf("as read: %d unmarked", p.Unmarked)
	}
	d.SetProtected([]roster.RowID{tova}, true)
	d.SetProtected([]roster.RowID{tova}, false)
	d.SetProtected([]roster.RowID{aino}, false)
	if got := d.Unmarked(); !reflect.DeepEqual(got, []roster.RowID{aino}) {
		t.Errorf("unmarked %v, want Aino's row only", got)
	}
	if p := d.PlanExport(t.TempDir(), time.Now()); p.Unmarked != 1 {
		t.Errorf("plan: %d unmarked, want 1", p.Unmarked)
	}
	d.SetLeftOut([]roster.RowID{aino}, true)
	if p := d.PlanExport(t.TempDir(), time.Now()); p.Unmarked != 0 {
		t.Errorf("left out: %d unmarked, want 0", p.Unmarked)
	}
	d.Undo()
	d.Undo()
	if p := d.PlanExport(t.TempDir(), time.Now()); p.Unmarked != 0 {
		t.Errorf("after undo: %d unmarked, want 0", p.Unmarked)
	}
}
