package sheet

import "rosterdesk/internal/i18n"

// NoticeTrimmed is the code of the notice that cells lost their
// surrounding spaces.
const NoticeTrimmed = "trimmed"

// AllNotices returns the import's notices and, when cells lost their
// surrounding spaces, one more that says how many: what the window, the
// command line's text and its JSON all show, so that a script sees what a
// person sees. The spaces are counted over the whole list, so the notice
// names a file only when the list has one.
func (imp *Import) AllNotices() []Notice {
	if imp.Trimmed == 0 {
		return imp.Notices
	}
	n := Notice{Code: NoticeTrimmed, Message: i18n.T("removed surrounding spaces from %d cells", imp.Trimmed)}
	if imp.Trimmed == 1 {
		n.Message = i18n.T("removed surrounding spaces from %d cell", imp.Trimmed)
	}
	if files := imp.files(); len(files) == 1 {
		n.File = files[0]
	}
	return append(imp.Notices[:len(imp.Notices):len(imp.Notices)], n)
}

// files lists the files the import's sources come from, each once.
func (imp *Import) files() []string {
	var out []string
	for _, s := range imp.Sources {
		if len(out) == 0 || out[len(out)-1] != s.File {
			out = append(out, s.File)
		}
	}
	return out
}
