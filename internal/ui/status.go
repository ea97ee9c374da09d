package ui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// fileName names the document for the title and the status bar.
func (u *UI) fileName() string {
	if u.doc == nil {
		return ""
	}
	if p := u.doc.Path(); p != "" {
		return filepath.Base(p)
	}
	if s := u.doc.Source(); s != "" {
		return filepath.Base(s)
	}
	return lang.L("New list")
}

// refreshStatus updates the status bar and the window title.
func (u *UI) refreshStatus() {
	title := lang.L("Roster Desk")
	if u.doc == nil {
		u.noRows.Hide()
		u.win.SetTitle(title)
		u.status.SetText(lang.L("Open a list or start a new one."))
		return
	}
	s := u.doc.Status()
	if u.doc.Len() == 0 && u.doc.Filter().Active() {
		u.noRows.Show()
	} else {
		u.noRows.Hide()
	}
	name := u.fileName()
	saved := lang.L("saved")
	if s.Dirty {
		saved = lang.L("unsaved changes")
		name += " •"
	}
	u.win.SetTitle(title + " — " + name)
	source := u.fileName()
	if u.doc.SchoolData() {
		source += " (" + u.doc.SourceFormat() + ")"
	}
	u.status.SetText(joinParts([]string{
		source,
		u.rowsShown(s.Rows),
		count(s.Students, "%d student", "%d students"),
		count(s.Teachers, "%d teacher", "%d teachers"),
		count(s.Protected, "1 protected", "%d protected"),
		leftOut(s.LeftOut),
		countErrors(s.Errors),
		countWarnings(s.Warnings),
		saved,
	}, "   ·   "))
}

// leftOut counts the rows left out of the upload file, or says nothing
// when there are none.
func leftOut(n int) string {
	if n == 0 {
		return ""
	}
	return count(n, "1 left out", "%d left out")
}

// joinParts joins the parts that say something.
func joinParts(parts []string, sep string) string {
	return strings.Join(slices.DeleteFunc(parts, func(s string) bool { return s == "" }), sep)
}

// rowsShown counts the rows, and says how many a filter shows.
func (u *UI) rowsShown(rows int) string {
	if shown := u.doc.Len(); u.doc.Filter().Active() && shown != rows {
		return fmt.Sprintf(lang.L("%d of %s shown"), shown, count(rows, "%d row", "%d rows"))
	}
	return count(rows, "%d row", "%d rows")
}

// count says n things in words: one's form for 1, else other's. Both
// are format strings for lang.L, with %d for n (one's may leave it out).
func count(n int, one, other string) string {
	if n == 1 {
		s := lang.L(one)
		if strings.Contains(s, "%d") {
			return fmt.Sprintf(s, n)
		}
		return s
	}
	return fmt.Sprintf(lang.L(other), n)
}

func countErrors(n int) string   { return count(n, "%d error", "%d errors") }
func countWarnings(n int) string { return count(n, "%d warning", "%d warnings") }

// refreshCellProblems says in words what is wrong with the cursor cell.
func (u *UI) refreshCellProblems() {
	row, col := u.grid.Cursor()
	var r *roster.Row
	if u.doc != nil {
		r = u.doc.Row(row)
	}
	if r == nil {
		u.cellProblems.SetText("")
		return
	}
	f, _ := col.Field()
	var lines []string
	if r.Protected {
		lines = append(lines, lang.L("Protected identity: this row is never exported."))
	} else if r.LeftOut {
		lines = append(lines, lang.L("Left out of the upload file: this row is not exported (Edit > Take back into the file)."))
	}
	for _, p := range u.doc.Checker().RowProblems(r.ID) {
		if p.Field != f && p.Field != roster.NoField {
			continue
		}
		kind := lang.L("Error")
		if p.Severity == check.Warning {
			kind = lang.L("Warning")
		}
		line := kind + ": " + say(p.Message)
		if p.Fix != nil {
			line += " (" + lang.L("fix") + ": " + say(p.Fix.Label) + ")"
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		u.cellProblems.SetText(lang.L("No problem in this cell."))
		return
	}
	u.cellProblems.SetText(strings.Join(lines, "\n"))
}
