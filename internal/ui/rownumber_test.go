package ui

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
)

// TestOneRowNumber opens LibreOffice's workbook with two title lines above
// its header and finds its one problem under the number `roster check`
// gives it (its golden report): in the grid's row header, the problem
// panel, the edit bar and the export dialog alike.
func TestOneRowNumber(t *testing.T) {
	var report struct {
		Problems []struct {
			Row  int    `json:"row"`
			Code string `json:"code"`
		} `json:"problems"`
	}
	golden, err := os.ReadFile(filepath.Join("..", "..", "cmd", "roster", "testdata", "check", "libreoffice.xlsx.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(golden, &report); err != nil || len(report.Problems) != 1 {
		t.Fatalf("golden report: %v, %d problems", err, len(report.Problems))
	}
	want := report.Problems[0].Row
	if want <= 2 {
		t.Fatalf("roster check puts the problem on row %d: the fixture lost its title lines", want)
	}

	u := newWindow(t)
	d, err := editor.Open(filepath.Join("..", "sheet", "testdata", "import", "libreoffice.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	u.setDocument(d)
	var line problemItem
	for _, it := range u.problems.items {
		if !it.heading && string(it.code) == report.Problems[0].Code {
			line = it
		}
	}
	if line.number != want || !strings.HasPrefix(line.text(), fmt.Sprint(want, " · ")) {
		t.Errorf("panel says %q (number %d), want row %d", line.text(), line.number, want)
	}
	if got := rowHeaderText(u, line.pos); got != fmt.Sprint(want) {
		t.Errorf("grid row header %q, want %d", got, want)
	}
	u.jumpTo(line.p)
	if got := u.cellName.Text; !strings.HasSuffix(got, fmt.Sprintf("row %d", want)) {
		t.Errorf("edit bar names %q, want row %d", got, want)
	}
	u.onExport()
	var lines []string
	for _, l := range exportLists(u) {
		lines = append(lines, listLines(l)...)
	}
	if !slices.Contains(lines, fmt.Sprintf("Row %d, Class: %s", want, say(line.p.Message))) {
		t.Errorf("export dialog lists no problem on row %d:\n%s", want, strings.Join(lines, "\n"))
	}
}

// rowHeaderText is what the grid's row header shows for visible row i.
func rowHeaderText(u *UI, i int) string {
	o := newHeader()
	u.grid.updateHeader(widget.TableCellID{Row: i, Col: -1}, o)
	var text string
	walk(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			text = l.Text
		}
	})
	return text
}
