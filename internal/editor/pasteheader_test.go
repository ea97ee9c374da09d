package editor

import (
	"reflect"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

// TestPastedHeaderIsNotAPerson pastes a block copied from a staff export
// in Excel, its header line first and its columns in the export's order
// (Förnamn before E-post, a job title, a column the list does not have):
// the header is no person, each value lands in its field's column, and
// the dropped column is named.
func TestPastedHeaderIsNotAPerson(t *testing.T) {
	d := openSample(t)
	n := d.Roster().Len()
	text := "Förnamn\tEfternamn\tE-post\tBefattning\tSkola\tKommun\tTelefon\tAnteckning\r\n" +
		"Lena\tHolm\tlena.holm@solbacka.se\tFörstelärare\tSolbackaskolan\tBorås\t070-1\tny\r\n" +
		"Pekka\tVirta\tpekka.virta@solbacka.se\tLärare\tSolbackaskolan\tBorås\t070-2\t\r\n"
	p := d.PasteInto(CellAt(d.Len(), 0), text)
	if !p.Header || !p.ByHeader || !reflect.DeepEqual(p.LeftOut, []string{"Telefon"}) {
		t.Errorf("pasted %+v", p)
	}
	if d.Roster().Len() != n+2 {
		t.Fatalf("%d rows added, want 2 (the header is no person)", d.Roster().Len()-n)
	}
	lena := d.Roster().Rows[n]
	want := [roster.NumFields]string{"lena.holm@solbacka.se", "Lena", "Holm", "", "Solbackaskolan", "Borås", "teacher", ""}
	if lena.Values != want {
		t.Errorf("Lena's row is %q, want %q", lena.Values, want)
	}
	if got := lena.ExtraValue(0); got != "ny" {
		t.Errorf("the Anteckning column got %q", got)
	}
	if p.Area.Row0 != n || p.Area.Rows() != 2 || p.Area.Col0 != 0 || int(p.Area.Col1) != int(roster.NumFields) {
		t.Errorf("area %+v", p.Area)
	}
	assertChecked(t, d)
	d.Undo()
	if d.Roster().Len() != n {
		t.Error("one undo takes the pasted rows away")
	}
}

// TestPastedHeaderWithProtectedColumn checks that a pasted block with a
// protected-identity column fails closed: a row the column marks is
// marked protected, and never exported.
func TestPastedHeaderWithProtectedColumn(t *testing.T) {
	d := New()
	text := "E-post\tFörnamn\tEfternamn\tKlass\tSkyddad identitet\r\n" +
		"a@x.se\tAda\tLind\t9A\t\r\n" +
		"b@x.se\tBo\tEk\t9A\tJa\r\n" +
		"c@x.se\tCy\tAl\t9A\tokänt\r\n"
	p := d.PasteInto(CellAt(0, 0), text)
	if p.Protected != 2 {
		t.Errorf("%d pasted rows marked protected, want 2", p.Protected)
	}
	var protected []bool
	for _, row := range d.Roster().Rows {
		protected = append(protected, row.Protected)
	}
	if !reflect.DeepEqual(protected, []bool{false, true, true}) {
		t.Errorf("protected marks %v", protected)
	}
	assertChecked(t, d)

	// Pasted over existing rows, the mark is set too, and undone with
	// the paste.
	d = openSample(t)
	alva := d.Row(0)
	d.PasteInto(CellAt(0, 0), text)
	if d.Row(1).Protected != true || alva.Protected {
		t.Errorf("pasted over rows: Alva %v, the next %v", alva.Protected, d.Row(1).Protected)
	}
	d.Undo()
	if d.Row(1).Protected {
		t.Error("undo keeps the mark")
	}
	assertChecked(t, d)
}

// TestPastedColumnHeading pastes a column copied with its heading into
// the column it names: the heading is left out; the same word pasted
// into another column, or alone, is a value.
func TestPastedColumnHeading(t *testing.T) {
	class, school := FieldColumn(roster.Class), FieldColumn(roster.School)
	d := openSample(t)
	p := d.PasteInto(CellAt(0, class), "Klass\r\n7A\r\n7B\r\n")
	if !p.Header || p.ByHeader || p.Area != (Selection{0, 1, class, class}) {
		t.Errorf("pasted %+v", p)
	}
	if got := column(d, class, 0, 2); !reflect.DeepEqual(got, []string{"7A", "7B", "9 a"}) {
		t.Errorf("classes %q", got)
	}
	note := Column(roster.NumFields)
	d.PasteInto(CellAt(3, note), "anteckning\r\nflyttar\r\n")
	if got := CellValue(d.Row(3), note); got != "flyttar" {
		t.Errorf("an extra column's own name is a heading too: %q", got)
	}
	for _, tt := range []struct {
		col  Column
		text string
	}{{school, "Klass\r\n7A\r\n"}, {class, "Klass"}} {
		d := openSample(t)
		if p := d.PasteInto(CellAt(0, tt.col), tt.text); p.Header {
			t.Errorf("%q pasted into %s is read as a heading", tt.text, d.ColumnName(tt.col))
		}
		if got := CellValue(d.Row(0), tt.col); got != "Klass" {
			t.Errorf("%q pasted into %s: %q", tt.text, d.ColumnName(tt.col), got)
		}
	}
}

// TestPastedHeaderAlone pastes only a header line: nothing is added.
func TestPastedHeaderAlone(t *testing.T) {
	d := openSample(t)
	before := snapshot(d)
	var names []string
	for _, f := range roster.Fields {
		names = append(names, f.String())
	}
	p := d.PasteInto(CellAt(0, 0), strings.Join(names, "\t"))
	if !p.Header || p.Area.Rows() != 0 || snapshot(d) != before || d.Dirty() {
		t.Errorf("pasting a header alone: %+v, dirty %v", p, d.Dirty())
	}
}

// TestPastedHeaderThatSoundsLikeProtection pastes blocks whose protection
// column has a header the importer does not know but that sounds like
// one: the column is not dropped, and every value but an explicit no
// marks the row, as a recognised protection column does.
func TestPastedHeaderThatSoundsLikeProtection(t *testing.T) {
	for _, header := range []string{"Sekretess (J/N)", "Spärrkod", "Turvakielto?"} {
		d := New()
		text := "E-post\tFörnamn\tEfternamn\tKlass\t" + header + "\r\n" +
			"a@x.se\tAda\tLind\t9A\tNej\r\n" +
			"b@x.se\tBo\tEk\t9A\tJ\r\n"
		p := d.PasteInto(CellAt(0, 0), text)
		if p.Protected != 1 || len(p.LeftOut) != 0 {
			t.Errorf("%s: %d rows marked protected, left out %v; want 1 and none", header, p.Protected, p.LeftOut)
		}
		if rows := d.Roster().Rows; len(rows) != 2 || rows[0].Protected || !rows[1].Protected {
			t.Errorf("%s: protected marks wrong in %d rows", header, len(rows))
		}
	}
}
