package sheet

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// The notices of a title line between two tables of one sheet ("Klass
// 7B" alone on a line below the rows of 7A).
const (
	// NoticeTitleLine: a line that is a title, not a person, was not read.
	NoticeTitleLine = "title_line"
	// NoticeClassFromTitle: a sheet without a class column gave the rows
	// below a title that names a class that class.
	NoticeClassFromTitle = "class_from_title"
)

// listWords are words that, as the first word of a line alone, title a
// list of people rather than name one ("Elever", "Lärare", "Personal").
var listWords = map[string]bool{
	"elever": true, "elev": true, "lärare": true, "personal": true, "oppilaat": true,
	"opettajat": true, "henkilökunta": true, "henkilöstö": true, "students": true,
	"pupils": true, "teachers": true, "staff": true,
}

// tableTitle is a title line of a sheet: the line it is on, its text and
// the class it names ("" for none).
type tableTitle struct {
	line        int
	text, class string
}

// titleLine reads a record as a title line: one text (in one cell, or in
// every cell of a merged range), with no @, that names a class or a year
// ("Klass 7B", "7B", "Årskurs 8", "nian", "Elever i 9A") or starts with
// a word that titles a list ("Lärare", "Personal"). A line with one cell
// that holds a name or anything else stays a row, whose problems say what
// is missing, and so does a line that mentions protected identity.
func titleLine(cells []string, line int) (tableTitle, bool) {
	text := ""
	for _, c := range cells {
		c = strings.TrimSpace(c)
		switch {
		case c == "" || c == text:
		case text != "":
			return tableTitle{}, false
		default:
			text = c
		}
	}
	if text == "" || strings.Contains(text, "@") || mentionsProtection([]string{text}) {
		// A title of protected pupils ("Elever med skyddad identitet")
		// says something of the rows below it: it stays a row, whose
		// errors stop the export, never a title passed over.
		return tableTitle{}, false
	}
	t := tableTitle{line: line, text: text}
	class := roster.ParseClass(text)
	words, _ := roster.ClassInWords(text)
	within, ok := roster.ClassWithin(text)
	switch {
	case class.Form == roster.ClassStandard:
		t.class = class.Canonical
	case words.Form == roster.ClassStandard:
		t.class = words.Canonical
	case ok:
		t.class = within
	case class.Form == roster.ClassGradeOnly || words.Form == roster.ClassGradeOnly:
	case listWords[strings.ToLower(strings.Fields(text)[0])]:
	default:
		return tableTitle{}, false
	}
	return t, true
}

// noteTitle keeps a title line between the tables and says that it was
// not read as a person.
func (b *rowBuilder) noteTitle(t tableTitle) {
	b.imp.tableTitles = append(b.imp.tableTitles, t)
	b.imp.notice(NoticeTitleLine, i18n.T("row %d, %q, is a title between two tables: it is not read as a person", t.line, t.text))
}

// classFromTitles gives the students without a class of a sheet without
// a class column the class that the title above them names, as a sheet
// named 9A gives its rows 9A, and says so for each title. The rows below
// a title that names no class ("Lärare") get none.
func (imp *Import) classFromTitles() {
	if _, ok := imp.Columns[roster.Class]; ok || imp.Roster == nil || len(imp.tableTitles) == 0 {
		return
	}
	given := make([]int, len(imp.tableTitles))
	t := -1
	for _, row := range imp.Roster.Rows {
		for t+1 < len(imp.tableTitles) && imp.tableTitles[t+1].line < row.SourceLine {
			t++
		}
		if t < 0 || imp.tableTitles[t].class == "" || row.Kind() == roster.Teacher || row.Values[roster.Class] != "" {
			continue
		}
		row.Values[roster.Class] = imp.tableTitles[t].class
		given[t]++
	}
	for i, n := range given {
		if n == 0 {
			continue
		}
		title := imp.tableTitles[i]
		message := i18n.T("the list has no class column: the %d rows below the title %q on row %d were given the class %s", n, title.text, title.line, title.class)
		if n == 1 {
			message = i18n.T("the list has no class column: the %d row below the title %q on row %d was given the class %s", n, title.text, title.line, title.class)
		}
		imp.notice(NoticeClassFromTitle, message)
	}
}
