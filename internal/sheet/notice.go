package sheet

import (
	"fmt"
	"sort"
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// Notice is something the import did on its own and wants the user to
// know: not a problem of a cell, but a reading of the source the user may
// not expect.
type Notice struct {
	// File is the source's path as given; Sheet its sheet ("" for csv).
	File, Sheet string
	// Code names the kind of notice; codes are stable, as problem codes.
	Code string
	// Message says what was done.
	Message i18n.Text
	// Window, when set, is what the window says instead of Message, whose
	// advice is a command-line option (--sheet) the window does not have.
	Window i18n.Text
}

// WindowMessage is the notice as the window says it: Window, or Message
// where the two are one.
func (n Notice) WindowMessage() i18n.Text {
	if n.Window.Format != "" {
		return n.Window
	}
	return n.Message
}

// NoticeTeacherTitles is the code of the notice that job titles built on a
// teacher word ("Förstelärare", "Luokanopettaja") were read as teacher.
const NoticeTeacherTitles = "teacher_titles"

// countTitle notes the role value v if it is a job title read as teacher
// (roster.TeacherTitle), for the source's one notice about them, and
// reports whether it did.
func (imp *Import) countTitle(v string) bool {
	clean, _ := roster.CleanText(v)
	clean = strings.TrimSpace(clean)
	if !roster.TeacherTitle(clean) {
		return false
	}
	if imp.titles == nil {
		imp.titles = make(map[string]int)
		imp.titleSpelling = make(map[string]string)
	}
	// Titles that differ only in case are one title, named as first read.
	key := strings.ToLower(clean)
	if _, ok := imp.titleSpelling[key]; !ok {
		imp.titleSpelling[key] = clean
	}
	imp.titles[key]++
	return true
}

// finishNotices adds the notices of what the rows read into imp held.
func (imp *Import) finishNotices() {
	imp.classFromTitles()
	imp.otherClassColumns()
	imp.preferredNotices()
	if len(imp.titles) == 0 {
		return
	}
	total := 0
	titles := make([]string, 0, len(imp.titles))
	for title, n := range imp.titles {
		titles = append(titles, title)
		total += n
	}
	sort.Slice(titles, func(i, j int) bool {
		a, b := titles[i], titles[j]
		if imp.titles[a] != imp.titles[b] {
			return imp.titles[a] > imp.titles[b]
		}
		return a < b
	})
	list := make([]string, len(titles))
	for i, title := range titles {
		list[i] = fmt.Sprintf("%s ×%d", imp.titleSpelling[title], imp.titles[title])
	}
	message := i18n.T("read %d job titles as teacher: %s", total, strings.Join(list, ", "))
	if total == 1 {
		message = i18n.T("read %d job title as teacher: %s", total, strings.Join(list, ", "))
	}
	imp.Notices = append(imp.Notices, Notice{File: imp.Path, Sheet: imp.Sheet, Code: NoticeTeacherTitles, Message: message})
	imp.titles, imp.titleSpelling = nil, nil
}
