package sheet

import (
	"path/filepath"
	"strings"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/schooldata"
)

// NoticeProtectedList is the code of the notice that the protected list
// (roster --protected-list) marked people of a flat source protected; a
// school-data export says the same of its people under the same code.
const NoticeProtectedList = schooldata.NoticeProtectedList

// isFlat reports whether a source is a spreadsheet or csv file read by
// this package, not a school-data export, which applies the protected
// list to its people itself (by sourcedId too, which its rows lack).
func isFlat(format string) bool { return format == "xlsx" || format == "csv" }

// listKey is the key under which a line of the protected list names a
// row's address or SSOID: tidied, in small letters, as the school-data
// reader compares them.
func listKey(v string) string { return strings.ToLower(roster.Tidy(v)) }

// applyProtectedList marks protected every row of a flat source whose
// address or SSOID a line of the list names, with a notice of how many,
// and makes each line that names no one in the whole list the error
// protected_list_unmatched: the person the user meant to protect would
// be exported. A school-data export has already applied the list to its
// people and called unmatched the lines that name none of them; such an
// error stays only where no other source matches its line either.
func (imp *Import) applyProtectedList(list []schooldata.ListEntry, listName string) {
	if len(list) == 0 {
		return
	}
	lines := make(map[string][]int, len(list)) // key → indexes into list
	for i, e := range list {
		if k := listKey(e.Value); k != "" {
			lines[k] = append(lines[k], i)
		}
	}
	matched := make([]bool, len(list))
	marked, schoolSources := 0, 0
	for _, s := range imp.Sources {
		if !isFlat(s.Format) {
			schoolSources++
		}
	}
	for _, row := range imp.Roster.Rows {
		if row.Source < 1 || row.Source > len(imp.Sources) || !isFlat(imp.Sources[row.Source-1].Format) {
			continue
		}
		hit := false
		for _, v := range []string{row.Values[roster.Email], row.Values[roster.SSOID]} {
			for _, i := range lines[listKey(v)] {
				matched[i], hit = true, true
			}
		}
		if hit && !row.Protected {
			row.Protected = true
			marked++
		}
	}
	if marked > 0 {
		imp.Notices = append(imp.Notices, Notice{File: listName, Code: NoticeProtectedList,
			Message: i18n.T("people marked as protected identity by the protected list: %d; they are never exported", marked)})
	}
	imp.keepUnmatched(list, listName, matched, schoolSources)
}

// keepUnmatched leaves one protected_list_unmatched error for each line
// of the list that no source matched: flat sources as matched says, each
// school-data export by not having called the line unmatched.
func (imp *Import) keepUnmatched(list []schooldata.ListEntry, listName string, matched []bool, schoolSources int) {
	unmatchedBy := make(map[int]int) // line → school-data exports that matched nothing on it
	kept := imp.Problems[:0]
	for _, p := range imp.Problems {
		if p.Code == check.CodeProtectedListUnmatched {
			if line, ok := unmatchedLine(p); ok {
				unmatchedBy[line]++
				continue
			}
		}
		kept = append(kept, p)
	}
	imp.Problems = kept
	name := filepath.Base(listName)
	for i, e := range list {
		if matched[i] || unmatchedBy[e.Line] < schoolSources {
			continue
		}
		imp.Problems = append(imp.Problems, check.Problem{Field: roster.NoField, Column: name,
			Severity: check.CodeProtectedListUnmatched.Severity(), Code: check.CodeProtectedListUnmatched,
			Message: i18n.T("line %d of the protected list %s matches no one in the export: correct it, or the person it means would be exported", e.Line, name)})
	}
}

// unmatchedLine returns the line of the protected list that a school-data
// export's protected_list_unmatched error names: its message's first
// argument.
func unmatchedLine(p check.Problem) (int, bool) {
	if len(p.Message.Args) == 0 {
		return 0, false
	}
	line, ok := p.Message.Args[0].(int)
	return line, ok
}
