package xlsxread

import (
	"os"
	"path/filepath"
	"testing"
)

// TestReadingLeavesNoTemporaryFolder reads a workbook through excelize
// and checks that its private temporary folder is gone afterwards.
func TestReadingLeavesNoTemporaryFolder(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("TMP", tmp)
	f, err := os.Open(filepath.Join("..", "sheet", "testdata", "import", "excelize.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Read(f, info.Size(), f.Name(), Options{ExcelizeOnly: true}, keepCells(1)); err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left in the temporary folder: %v", left)
	}
}
