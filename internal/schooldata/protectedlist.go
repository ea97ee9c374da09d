package schooldata

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// ListEntry is one line of a list of people with protected identity: an
// address, a username or a sourcedId, and the line it is on.
type ListEntry struct {
	Value string
	Line  int
}

// maxListSize bounds a protected list: a municipality's protected people
// are a few hundred lines.
const maxListSize = 16 << 20

// ReadList reads a list of people with protected identity, one a line
// (a CSV file's first column will do), in UTF-8, UTF-16 or
// Windows-1252; blank lines and lines starting with # are skipped.
func ReadList(path string) ([]ListEntry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxListSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxListSize {
		return nil, errTooLarge
	}
	var out []ListEntry
	s := bufio.NewScanner(bytes.NewReader(decodeText(data)))
	s.Buffer(nil, maxListSize)
	for line := 1; s.Scan(); line++ {
		v := strings.TrimSpace(s.Text())
		if i := strings.IndexAny(v, ",;\t"); i >= 0 {
			v = strings.TrimSpace(v[:i])
		}
		v = strings.TrimSpace(strings.Trim(v, `"`))
		if v != "" && !strings.HasPrefix(v, "#") {
			out = append(out, ListEntry{Value: v, Line: line})
		}
	}
	return out, s.Err()
}

// unmatchedLines adds an error for each line of the protected list that
// names no one in the export: the person the user meant to protect would
// be exported (a typo, a name for an address).
func (b *builder) unmatchedLines() {
	name := filepath.Base(b.opts.ProtectedListName)
	for i, e := range b.opts.ProtectedList {
		if !b.matched[i] {
			b.res.Problems = append(b.res.Problems, check.Problem{Field: roster.NoField, Column: name,
				Severity: check.CodeProtectedListUnmatched.Severity(), Code: check.CodeProtectedListUnmatched,
				Message: i18n.T("line %d of the protected list %s matches no one in the export: correct it, or the person it means would be exported", e.Line, name)})
		}
	}
}
