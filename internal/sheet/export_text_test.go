package sheet

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

func TestCellText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Åsa", "Åsa"},
		{"An\x01na", "Anna"},
		{"\x00\x08\x0b\x0c\x1f", ""},
		{"rad 1\nrad 2\tflik\r", "rad 1\nrad 2\tflik\r"},
		{"a\uFFFEb\uFFFF", "ab"},
		{"😀 \u00a0", "😀 \u00a0"},
	}
	for _, tt := range tests {
		if got := cellText(tt.in); got != tt.want {
			t.Errorf("cellText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A value with a control character (from a csv, or pasted) used to make
// every save fail its read-back; now the character is left out.
func TestExportControlCharacters(t *testing.T) {
	r := roster.New()
	r.AddExtraColumn("Not\x02e")
	row := r.Append([roster.NumFields]string{"a@b.se", "An\x01na", "Ö\x0bberg", "9A", "Skola", "Borås", "student", ""})
	row.Extra = []string{"x\x1fy"}
	dir := t.TempDir()

	path := filepath.Join(dir, "upload.xlsx")
	if _, err := WriteUpload(path, r); err != nil {
		t.Fatal(err)
	}
	want := [][]string{uploadHeader, {"a@b.se", "Anna", "Öberg", "9A", "Skola", "Borås", "student", ""}}
	if got := readUploadCells(t, path); !reflect.DeepEqual(got, want) {
		t.Errorf("upload cells = %q, want %q", got, want)
	}

	work := filepath.Join(dir, "roster.xlsx")
	if err := SaveWorkingCopy(work, r); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadFile(work)
	if err != nil {
		t.Fatal(err)
	}
	back := imp.Roster
	if !reflect.DeepEqual(back.ExtraColumns, []string{"Note"}) || back.Rows[0].Values[roster.FirstName] != "Anna" ||
		back.Rows[0].ExtraValue(0) != "xy" {
		t.Errorf("read back %q, %q, %q", back.ExtraColumns, back.Rows[0].Values, back.Rows[0].Extra)
	}
}

// A value longer than a cell holds is refused in words, naming the cell,
// before anything is written.
func TestExportValueTooLong(t *testing.T) {
	r := roster.New()
	r.Append([roster.NumFields]string{"a@b.se", strings.Repeat("å", 40000), "B", "9A", "S", "Borås", "student", ""})
	dir := t.TempDir()
	path := writeOld(t, dir)
	_, err := WriteUpload(path, r)
	assertError(t, err, "row 2, column FirstName: the value is longer than the 32767 characters")
	assertOld(t, path)
	err = SaveWorkingCopy(path, r)
	assertError(t, err, "row 2, column FirstName")
	assertOld(t, path)
	assertOnlyFile(t, dir, filepath.Base(path))
}
