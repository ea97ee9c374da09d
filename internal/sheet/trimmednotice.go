package sheet

import "rosterdesk/internal/i18n"

// NoticeTrimmed is the code of the notice that cells lost their
// surrounding spaces.
const NoticeTrimmed = "trimmed"

// countTrimmed counts a cell of the file being read that lost its
// surrounding spaces.
func (imp *Import) countTrimmed() {
	imp.Trimmed++
	if imp.trimmedIn == nil {
		imp.trimmedIn = make(map[string]int)
	}
	imp.trimmedIn[imp.Path]++
}

// AllNotices returns the import's notices and, when cells lost their
// surrounding spaces, one more for each file that had such cells, naming
// the file and how many (A14: a list of several files said it with no
// file): what the window, the command line's text and its JSON all show,
// so that a script sees what a person sees. Spaces counted outside a file
// of the list are said in one notice that names no file.
func (imp *Import) AllNotices() []Notice {
	if imp.Trimmed == 0 {
		return imp.Notices
	}
	out := imp.Notices[:len(imp.Notices):len(imp.Notices)]
	files := imp.files()
	rest := imp.Trimmed
	for _, file := range files {
		if n := imp.trimmedIn[file]; n > 0 {
			out = append(out, trimmedCells(file, n))
			rest -= n
		}
	}
	if rest > 0 {
		n := trimmedCells("", rest)
		if len(files) == 1 {
			n.File = files[0]
		}
		out = append(out, n)
	}
	return out
}

// trimmedCells says that n cells of file lost their surrounding spaces.
func trimmedCells(file string, n int) Notice {
	msg := i18n.T("removed surrounding spaces from %d cells", n)
	if n == 1 {
		msg = i18n.T("removed surrounding spaces from %d cell", n)
	}
	return Notice{File: file, Code: NoticeTrimmed, Message: msg}
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
