package editor

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// endDatesCSV has an end-date column: Otto left in June, Tova leaves on
// 15 October, Aino stays.
const endDatesCSV = "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;Slutdatum\n" +
	"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;2026-10-15\n" +
	"otto@skola.example.se;Otto;Ek;9A;Norrskolan;Borås;elev;2026-06-15\n" +
	"aino@skola.example.se;Aino;Berg;9A;Norrskolan;Borås;elev;\n"

// TestLeaversFollowTheExportDate reads a list on 1 September and exports
// it dated otherwise: the export refuses while the list's leavers are
// those of the day read, FollowLeavers makes them the export date's as one
// edit (Undo takes it back), and the file then holds exactly the people
// who have not left by its date.
func TestLeaversFollowTheExportDate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "elever.csv")
	if err := os.WriteFile(path, []byte(endDatesCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := OpenWith(path, sheet.ReadOptions{Date: mustDate("20260901")})
	if err != nil {
		t.Fatal(err)
	}
	tova, otto := findRow(t, d, "Tova"), findRow(t, d, "Otto")
	if d.RowByID(tova).LeftOut || !d.RowByID(otto).LeftOut {
		t.Fatal("on 1 September only Otto has left")
	}
	if l := d.LeaversOn(mustDate("20260901")); l.Any() {
		t.Errorf("the day read asks for changes: %+v", l)
	}
	dir := t.TempDir()
	written := func(p ExportPlan) []string {
		t.Helper()
		sum, err := d.Export(p)
		if err != nil {
			t.Fatal(err)
		}
		imp, err := sheet.ReadFile(sum.Path)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, row := range imp.Roster.Rows {
			names = append(names, row.Values[roster.FirstName])
		}
		return names
	}

	// Exported on 20 October, Tova has left too.
	p := d.PlanExport(dir, mustDate("20261020"))
	if !slices.Equal(p.Leavers.Leave, []roster.RowID{tova}) || len(p.Leavers.Back) != 0 {
		t.Fatalf("leavers of 20 October %+v, want Tova to leave", p.Leavers)
	}
	if _, err := d.Export(p); !errors.Is(err, ErrLeaversDate) {
		t.Fatalf("export with the day read's leavers: %v, want ErrLeaversDate", err)
	}
	if n := d.FollowLeavers(p.Date); n != 1 || !d.RowByID(tova).LeftOut {
		t.Fatalf("FollowLeavers changed %d rows; Tova left out %v", n, d.RowByID(tova).LeftOut)
	}
	assertChecked(t, d)
	p = d.PlanExport(dir, mustDate("20261020"))
	if p.Leavers.Any() || p.Rows != 1 || p.LeftOut != 2 {
		t.Errorf("plan after following: %+v", p)
	}
	if got := written(p); !slices.Equal(got, []string{"Aino"}) {
		t.Errorf("20 October's file holds %q, want only Aino", got)
	}
	d.Undo()
	if _, err := d.Export(d.PlanExport(dir, mustDate("20261021"))); !errors.Is(err, ErrLeaversDate) {
		t.Errorf("after undo the export does not refuse: %v", err)
	}

	// Dated 1 June, Otto had not left yet: he is taken back, and checked.
	p = d.PlanExport(dir, mustDate("20260601"))
	if !slices.Equal(p.Leavers.Back, []roster.RowID{otto}) || len(p.Leavers.Leave) != 0 {
		t.Fatalf("leavers of 1 June %+v, want Otto back", p.Leavers)
	}
	d.FollowLeavers(p.Date)
	assertChecked(t, d)
	if got := written(d.PlanExport(dir, mustDate("20260601"))); !slices.Equal(got, []string{"Tova", "Otto", "Aino"}) {
		t.Errorf("1 June's file holds %q, want all three", got)
	}
}
