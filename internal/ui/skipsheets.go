package ui

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// askSkipSheets is the window's answer to a workbook with sheets that look
// like lists but have no header row the program can read
// (sheet.TableSheetsError, which on the command line points to --map and
// --sheet): it names the sheets and offers to read the workbook without
// them; Cancel opens nothing. The mapping dialog cannot help here: it maps
// the columns of a header, and these sheets have none.
func (u *UI) askSkipSheets(path string, sheets []string, leaveOut func()) *dialog.CustomDialog {
	quoted := make([]string, len(sheets))
	for i, s := range sheets {
		quoted[i] = strconv.Quote(s)
	}
	what := fmt.Sprintf(lang.L("In %s, the sheet %s looks like a list, but no row near its top names its columns (such as E-post, Förnamn, Klass), so Roster Desk cannot tell what they hold."),
		filepath.Base(path), strings.Join(quoted, ", "))
	if len(sheets) > 1 {
		what = fmt.Sprintf(lang.L("In %s, the sheets %s look like lists, but no row near their top names their columns (such as E-post, Förnamn, Klass), so Roster Desk cannot tell what they hold."),
			filepath.Base(path), strings.Join(quoted, ", "))
	}
	text := widget.NewLabel(what)
	text.Wrapping = fyne.TextWrapWord
	hint := widget.NewLabel(lang.L("Read the other sheets and leave these out? If one of them does list people, give it a header row in Excel (E-post, Förnamn, Efternamn, Klass, Skola, Kommun, Roll) and open the file again."))
	hint.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	skip := widget.NewButton(lang.L("Read the other sheets"), func() {
		d.Hide()
		leaveOut()
	})
	skip.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(lang.L("Sheets without a header"), container.NewVBox(text, hint), u.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), func() { d.Hide() }), skip})
	d.Resize(fyne.NewSize(dialogWidth, 0))
	d.Show()
	return d
}
