package roster

import (
	"maps"
	"reflect"
	"slices"
	"testing"
)

func ids(r *Roster) []RowID {
	var out []RowID
	for _, row := range r.Rows {
		out = append(out, row.ID)
	}
	return out
}

func TestIDsSurviveInsertRemoveAndSort(t *testing.T) {
	r := New()
	a := r.Append([NumFields]string{"a@x.se"})
	b := r.Append([NumFields]string{"b@x.se"})
	c := r.Append([NumFields]string{"c@x.se"})
	r.Insert(1, &Row{}, &Row{})
	if got := ids(r); !slices.Equal(got, []RowID{1, 4, 5, 2, 3}) {
		t.Fatalf("after insert %v", got)
	}
	removed := r.Remove(0, 2)
	if removed[0] != a || r.Len() != 3 {
		t.Fatal("remove")
	}
	slices.Reverse(r.Rows)
	if r.ByID(b.ID) != b || r.ByID(c.ID) != c || r.Index(a.ID) != -1 {
		t.Error("rows are found by id after reordering")
	}
	if n := r.NewRow(); n.ID != 6 {
		t.Errorf("ids are never reused: %d", n.ID)
	}
}

func TestCountAndMunicipality(t *testing.T) {
	r := New()
	r.Append([NumFields]string{Role: "Elev", Municipality: "Borås"})
	r.Append([NumFields]string{Role: "lärare", Municipality: "Borås"})
	p := r.Append([NumFields]string{Role: "student", Municipality: "Vantaa"})
	p.Protected = true
	r.Append([NumFields]string{})
	if c := r.Count(); c != (Counts{Rows: 3, Students: 2, Teachers: 1, Protected: 1}) {
		t.Errorf("count = %+v", c)
	}
	if m := r.Municipality(); m != "Borås" {
		t.Errorf("municipality = %q", m)
	}
	if m := MainMunicipality(maps.All(map[string]int{"": 5, "Espoo": 2, "Vantaa": 2})); m != "Espoo" {
		t.Errorf("tie: %q", m)
	}
}

func TestFieldNames(t *testing.T) {
	for _, f := range Fields {
		if g, ok := FieldByName(f.String()); !ok || g != f {
			t.Errorf("FieldByName(%q)", f)
		}
	}
	if NoField.String() != "" || NoField.Valid() {
		t.Error("NoField")
	}
}

func TestSources(t *testing.T) {
	r := New()
	staff := r.AddSource(Source{File: "/tmp/personal.csv"})
	pupils := r.AddSource(Source{File: "elever.xlsx", Sheet: "Elever"})
	if again := r.AddSource(Source{File: "/tmp/personal.csv"}); again != staff {
		t.Errorf("the same source again is number %d, want %d", again, staff)
	}
	row := r.Append([NumFields]string{})
	if _, ok := r.SourceOf(row); ok {
		t.Error("a row typed in has a source")
	}
	row.Source = pupils
	s, ok := r.SourceOf(row)
	if !ok || s.Label() != "elever.xlsx:Elever" {
		t.Errorf("SourceOf = %v, %v; label %q", s, ok, s.Label())
	}
	if got := r.Sources[staff-1].Label(); got != "personal.csv" {
		t.Errorf("csv label %q", got)
	}
	if c := r.Clone(); len(c.Sources) != 2 || c.Rows[0].Source != pupils {
		t.Errorf("clone lost the sources: %v", c.Sources)
	}
}

func TestTakeRows(t *testing.T) {
	dst := New()
	dst.ExtraColumns = []string{"Personnummer"}
	dst.AddSource(Source{File: "a.csv"})
	first := dst.Append([NumFields]string{})
	first.Source = 1
	src := New()
	src.ExtraColumns = []string{"Anteckning", "Personnummer"}
	src.SetSettled("Anteckning", true)
	src.AddSource(Source{File: "b.xlsx", Sheet: "Elever"})
	row := src.Append([NumFields]string{})
	row.Source, row.Extra, row.SourceLine = 1, []string{"ny", "20100101-0000"}, 7
	old := row.ID
	rows, ids := dst.TakeRows(src)
	if len(rows) != 1 || rows[0] != row || row.ID == first.ID || ids[old] != row.ID {
		t.Fatalf("rows %v, ids %v", rows, ids)
	}
	if !slices.Equal(dst.ExtraColumns, []string{"Personnummer", "Anteckning"}) || !dst.Settled("Anteckning") {
		t.Errorf("extra columns %q, settled %v", dst.ExtraColumns, dst.SettledColumns())
	}
	if row.ExtraValue(0) != "20100101-0000" || row.ExtraValue(1) != "ny" || row.SourceLine != 7 {
		t.Errorf("extra %q, line %d", row.Extra, row.SourceLine)
	}
	if s, ok := dst.SourceOf(row); !ok || s.Sheet != "Elever" || row.Source != 2 {
		t.Errorf("source %v %v (%d)", s, ok, row.Source)
	}
	if dst.Len() != 1 || src.Len() != 0 {
		t.Errorf("the rows are not yet in dst (%d); src is used up (%d)", dst.Len(), src.Len())
	}
}

// TestCloneIsDeep: a clone holds every part of the roster's state (the
// columns the user settled, marked, switched off, the grade column,
// twins, sources, rows), and an edit of the roster after cloning
// changes nothing in the clone. The clone is the snapshot that export
// and the recovery file read while the window edits: a column settled
// as no protection mark that the clone forgot would be asked about
// again, or read otherwise, there.
func TestCloneIsDeep(t *testing.T) {
	r := New()
	r.ExtraColumns = []string{"Spärr", "Markering", "Skyddad identitet", "Stadium", "Klass 2"}
	r.AddSource(Source{File: "elever.xlsx", Sheet: "Elever"})
	row := r.Append([NumFields]string{"tova.lind@skola.example.se", "Tova", "Lind", "9A"})
	row.Extra = []string{"", "Ja", "", "9", "9A"}
	r.SetSettled("Spärr", true)
	r.SetMarkLike("Markering")
	r.SetMarkOff("Skyddad identitet", "Ignore")
	r.SetGradeColumn("Stadium")
	r.SetTwin("Klass 2", Class)
	c := r.Clone()
	v := reflect.ValueOf(*r)
	for i := range v.NumField() {
		if v.Field(i).IsZero() {
			t.Fatalf("the test leaves Roster.%s unset: set it, so that Clone is held to copy it", v.Type().Field(i).Name)
		}
	}
	if !reflect.DeepEqual(r, c) {
		t.Fatalf("the clone differs:\n%+v\n%+v", c, r)
	}
	r.SetSettled("Spärr", false)
	r.SetSettled("Markering", true)
	r.SetMarkLike("Spärr")
	r.SetMarkOff("Markering", "Ignore")
	r.SetTwin("Spärr", School)
	r.ExtraColumns[0] = "Ändrad"
	r.Sources[0].Sheet = "Blad1"
	r.Rows[0].Values[FirstName] = "Ada"
	r.Rows[0].Extra[1] = "Nej"
	r.Append([NumFields]string{})
	if !c.Settled("Spärr") || c.Settled("Markering") || len(c.SettledColumns()) != 1 {
		t.Errorf("settled columns of the clone: %q", c.SettledColumns())
	}
	if c.ExtraColumns[0] != "Spärr" || c.Sources[0].Sheet != "Elever" || c.Rows[0].Values[FirstName] != "Tova" ||
		c.Rows[0].Extra[1] != "Ja" || len(c.Rows) != 1 {
		t.Errorf("the clone changed with the roster: %+v", c)
	}
	if len(c.markLike) != 1 || len(c.marksOff) != 1 || len(c.twins) != 1 {
		t.Errorf("the clone's marks changed with the roster: %v %v %v", c.markLike, c.marksOff, c.twins)
	}
}
