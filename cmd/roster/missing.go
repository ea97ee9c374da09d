package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// missingColumns returns the fields of a list read from flat files that
// no column was read as and that are empty on every row, so that each row
// has a "required, but empty" problem, and the headers the import did not
// recognise: one of them may be the field's column under a name the
// program does not know ("Elevens e-post").
func missingColumns(imp *sheet.Import) (missing []roster.Field, unknown []string) {
	if len(imp.SourceColumns) == 0 || imp.Roster.Len() == 0 {
		return nil, nil // school data, or nothing read
	}
	read := map[roster.Field]bool{}
	for _, c := range imp.SourceColumns {
		switch {
		case c.Read.Kind == sheet.TargetField:
			read[c.Read.Field] = true
		case c.Read.Kind == sheet.TargetIgnore && !c.IdentityNumbers && roster.StatusHeader(c.Header) == roster.NoStatus:
			unknown = append(unknown, c.Header)
		}
	}
	students := imp.Roster.Count().Students > 0
	for _, f := range roster.Fields {
		if read[f] || f == roster.SSOID || (f == roster.Class && !students) || anyValue(imp.Roster, f) {
			continue
		}
		missing = append(missing, f)
	}
	return missing, unknown
}

// anyValue reports whether some row of r has a value for f.
func anyValue(r *roster.Roster, f roster.Field) bool {
	for _, row := range r.Rows {
		if row.Get(f) != "" {
			return true
		}
	}
	return false
}

// printMissing says once for each field without a column that no column
// was found for it, names the columns not recognised, and how to say
// which is the field's, before the problems say it of every row.
func (r *runner) printMissing(w io.Writer, imp *sheet.Import) {
	missing, unknown := missingColumns(imp)
	quoted := make([]string, len(unknown))
	for i, h := range unknown {
		quoted[i] = strconv.Quote(h)
	}
	for _, f := range missing {
		line := r.tr("no column found for %s", f.String())
		if len(unknown) > 0 {
			line += r.tr("; columns not recognised: %s", strings.Join(quoted, ", "))
		}
		fmt.Fprintln(w, line+r.tr("; say which with --map \"HEADER=%s\"", f.String()))
	}
}
