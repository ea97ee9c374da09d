package ui

import (
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

var update = flag.Bool("update", false, "rewrite the golden images under testdata")

// TestMainWindowGolden draws the main window with the sample list, the
// cursor on a cell with an error, in light and dark. The images hold the
// checker's messages: after changing one, run with -update and look at
// the new images.
func TestMainWindowGolden(t *testing.T) {
	for _, tc := range []struct {
		name    string
		variant fyne.ThemeVariant
	}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}} {
		t.Run(tc.name, func(t *testing.T) {
			u := newTestUI(t)
			forceVariant(t, tc.variant)
			u.grid.Refresh()
			u.grid.MoveTo(rowOf(t, u, "Noah"), 3, false)
			name := "main_" + tc.name + ".png"
			img := u.win.Canvas().Capture()
			if *update {
				writePNG(t, filepath.Join("testdata", name), img)
			}
			test.AssertImageMatches(t, name, img)
		})
	}
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}
