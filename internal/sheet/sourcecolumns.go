package sheet

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// The notices of what the import did with a grade column and a leaver
// column.
const (
	// NoticeGradeJoined: a grade column and a class column of sections
	// alone were joined into classes ("7" and "A" into "7A").
	NoticeGradeJoined = "grade_joined"
	// NoticeLeavers: rows that a status or end-date column marks as
	// leavers were left out of the upload file.
	NoticeLeavers = "leavers"
)

// readSourceColumns does what the roster's grade and leaver columns say:
// a class cell that holds only the section gets the grade column's
// grade, and a row whose status or end date says the person has left by
// date is left out of the upload file; each said in one notice with the
// number of rows.
func (imp *Import) readSourceColumns(date time.Time) {
	r := imp.Roster
	if g := r.GradeColumn(); g >= 0 {
		joined, example := 0, ""
		var sections []string // the class columns that gave sections
		for _, row := range r.Rows {
			if class, ok := roster.JoinGradeSection(row.ExtraValue(g), row.Values[roster.Class]); ok {
				if example == "" {
					example = class
				}
				if name := imp.classHeaderOf(row); !slices.Contains(sections, name) {
					sections = append(sections, name)
				}
				row.Values[roster.Class] = class
				joined++
			}
		}
		if joined > 0 {
			msg := i18n.T("joined the grade (column %q) and the section (column %s) into the class on %d rows, such as %s",
				r.ExtraColumns[g], quoteAll(sections), joined, example)
			if joined == 1 {
				msg = i18n.T("joined the grade (column %q) and the section (column %s) into the class on %d row: %s",
					r.ExtraColumns[g], quoteAll(sections), joined, example)
			}
			imp.notice(NoticeGradeJoined, msg)
		}
	}
	if cols := r.StatusColumns(); len(cols) > 0 {
		left, byDate := 0, false
		var by []string // the columns that said someone left
		for _, row := range r.Rows {
			if row.Protected || row.LeftOut || row.Blank() {
				continue
			}
			for _, c := range cols {
				if l := roster.ReadLeaving(c.Kind, row.ExtraValue(c.Index)); l.Clear && l.LeftBy(date) {
					row.LeftOut = true
					left++
					byDate = byDate || !l.Left
					if name := r.ExtraColumns[c.Index]; !slices.Contains(by, name) {
						by = append(by, name)
					}
					break
				}
			}
		}
		if left > 0 {
			imp.notice(NoticeLeavers, leaversMessage(left, quoteAll(by), byDate, date))
		}
	}
}

// classHeaderOf is the header of the class column of row's source: the
// sheets and files of one list need not share their headers, and the
// first need not have a class column at all (a sheet of teachers).
func (imp *Import) classHeaderOf(row *roster.Row) string {
	if n := row.Source; n > 0 && n <= len(imp.Sources) {
		return imp.Sources[n-1].Columns[roster.Class]
	}
	return imp.Columns[roster.Class]
}

// quoteAll quotes names and joins them with commas.
func quoteAll(names []string) string { return quoteJoined(names, ", ") }

// quoteJoined quotes names and joins them with sep.
func quoteJoined(names []string, sep string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = strconv.Quote(n)
	}
	return strings.Join(quoted, sep)
}

// leaversMessage says that left rows were left out by the columns named
// column (quoted), naming the export date when an end date before it decided.
func leaversMessage(left int, column string, byDate bool, date time.Time) i18n.Text {
	day := date.Format("2006-01-02")
	switch {
	case byDate && left == 1:
		return i18n.T("left %d row out of the upload file: the column %s says the person has left, or gives an end date before %s", left, column, day)
	case byDate:
		return i18n.T("left %d rows out of the upload file: the column %s says they have left, or gives an end date before %s", left, column, day)
	case left == 1:
		return i18n.T("left %d row out of the upload file: the column %s says the person has left", left, column)
	}
	return i18n.T("left %d rows out of the upload file: the column %s says they have left", left, column)
}

// notice adds a notice of the source.
func (imp *Import) notice(code string, msg i18n.Text) {
	imp.Notices = append(imp.Notices, Notice{File: imp.Path, Sheet: imp.Sheet, Code: code, Message: msg})
}
