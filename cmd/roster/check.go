package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// runCheck implements `roster check [--json] FILE...`: every file into one
// list, checked as one.
func (r *runner) runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON object instead of text")
	password := r.passwordFlag(fs)
	maps := r.mapFlag(fs)
	school := addSchoolFlags(fs, nil)
	municipality := municipalityFlag(fs)
	sheets := sheetFlag(fs)
	paths, ok := r.parseWithFiles(fs, args, stderr)
	if !ok {
		return exitUnreadable
	}
	schoolOpts, ok := r.schoolOptions("check", school, stderr)
	if !ok {
		return exitUnreadable
	}
	if *asJSON {
		r.words = nil // scripts read English: the report and any error line
	}
	imp, problems, code := r.load("check", paths, sheet.ReadOptions{Password: *password, Map: *maps, SchoolData: schoolOpts, Municipality: *municipality, Sheets: *sheets,
		Date: schoolOpts.Date}, stderr)
	if imp == nil {
		return code
	}
	if r.schoolOnlyFlags("check", school, imp, stderr) {
		return exitUnreadable
	}
	if *asJSON {
		if err := writeReport(stdout, imp, problems); err != nil {
			fmt.Fprintf(stderr, "roster check: %v\n", err)
			return exitUnreadable
		}
	} else {
		r.printSummary(stdout, imp)
		r.printMissing(stdout, imp)
		r.printProblems(stdout, imp, problems)
	}
	return code
}

// load reads the files for command into one list and checks it. It
// returns a nil import and exitUnreadable after printing one line when a
// file can't be read or a mapping names a column none has; otherwise the
// problems (the reader's among them) and exitProblems or exitOK.
func (r *runner) load(command string, paths []string, opts sheet.ReadOptions, stderr io.Writer) (*sheet.Import, []check.Problem, int) {
	r.limitMemoryTo(readMemoryLimit(filesSize(paths), r.getenv))
	imp, err := sheet.ReadAll(paths, opts)
	if err != nil {
		fmt.Fprintln(stderr, r.sayError(err))
		return nil, nil, exitUnreadable
	}
	if r.unmatchedMaps(command, opts.Map, []*sheet.Import{imp}, stderr) || r.unmatchedSheets(command, opts.Sheets, imp, stderr) {
		return nil, nil, exitUnreadable
	}
	r.limitMemoryTo(memoryLimit(len(imp.Roster.Rows), r.getenv))
	c := check.NewChecker(imp.Roster)
	c.Hold(imp.Problems...)
	problems := c.Problems()
	for _, p := range problems {
		if p.Severity == check.Error {
			return imp, problems, exitProblems
		}
	}
	return imp, problems, exitOK
}

// sheetFlag adds --sheet NAME, which may be given many times: only
// these sheets of a workbook are read.
func sheetFlag(fs *flag.FlagSet) *[]string {
	var sheets []string
	fs.Func("sheet", "read only the sheet NAME of a workbook (repeatable)", func(s string) error {
		sheets = append(sheets, s)
		return nil
	})
	return &sheets
}

// unmatchedSheets says, on stderr, which --sheet names no workbook read
// has, and reports whether there were any: each is a usage error.
func (r *runner) unmatchedSheets(command string, sheets []string, imp *sheet.Import, stderr io.Writer) bool {
	bad := false
	for _, name := range sheets {
		found := false
		for _, have := range imp.SheetsRead {
			found = found || strings.EqualFold(strings.TrimSpace(have), strings.TrimSpace(name))
		}
		if !found {
			fmt.Fprintln(stderr, r.tr("roster %s: --sheet %q: no workbook read has a sheet of that name", command, name))
			bad = true
		}
	}
	return bad
}

// municipalityFlag adds --municipality NAME, which fills empty
// Municipality cells.
func municipalityFlag(fs *flag.FlagSet) *string {
	return fs.String("municipality", "", "fill empty Municipality cells with NAME")
}

// printSummary writes the lines that say what was read: one per source,
// and the whole list's counts when there are several; then the notices,
// the cells that lost their surrounding spaces among them.
func (r *runner) printSummary(w io.Writer, imp *sheet.Import) {
	counts := sourceCounts(imp)
	for i, s := range imp.Sources {
		where := ""
		if s.Sheet != "" {
			where = r.tr("sheet %q, ", s.Sheet)
		}
		c := counts[i+1]
		if s.HeaderRow == 0 {
			// An SS12000 file has no header: its rows are the persons.
			fmt.Fprintln(w, r.tr("%s: persons in %q: %s (%s, %s, %d protected)", s.File, s.Sheet, r.plural(c.Rows, "%d row", "%d rows"),
				r.plural(c.Students, "%d student", "%d students"), r.plural(c.Teachers, "%d teacher", "%d teachers"), c.Protected))
			continue
		}
		fmt.Fprintln(w, r.tr("%s: %sheader on row %d: %s", s.File, where, s.HeaderRow, r.countText(c)))
	}
	if len(imp.Sources) > 1 {
		fmt.Fprintln(w, r.tr("in all: %s", r.countText(imp.Roster.Count())))
	}
	several := len(imp.Sources) > 0 && imp.Sources[0].File != imp.Sources[len(imp.Sources)-1].File
	for _, n := range imp.AllNotices() {
		if several && n.File != "" {
			// The list has several files: say whose notice it is.
			fmt.Fprintf(w, "%s: %s\n", n.File, n.Message.In(r.words))
			continue
		}
		fmt.Fprintln(w, n.Message.In(r.words))
	}
}

// countText says how many rows, students, teachers and protected rows c
// counts: "28 rows (23 students, 4 teachers, 2 protected)".
func (r *runner) countText(c roster.Counts) string {
	return r.tr("%s (%s, %s, %d protected)", r.plural(c.Rows, "%d row", "%d rows"),
		r.plural(c.Students, "%d student", "%d students"), r.plural(c.Teachers, "%d teacher", "%d teachers"), c.Protected)
}

// sourceCounts counts the rows of each source, by the rows' Source.
func sourceCounts(imp *sheet.Import) map[int]roster.Counts {
	counts := make(map[int]roster.Counts, len(imp.Sources))
	for _, row := range imp.Roster.Rows {
		if row.Blank() {
			continue
		}
		c := counts[row.Source]
		c.Rows++
		switch row.Kind() {
		case roster.Student:
			c.Students++
		case roster.Teacher:
			c.Teachers++
		}
		if row.Protected {
			c.Protected++
		}
		counts[row.Source] = c
	}
	return counts
}

// printProblems lists errors, then warnings, one per line as
// "row 12, Email: message", prefixed with "FILE:SHEET " when the list
// has several sources, and ends with the counts.
func (r *runner) printProblems(w io.Writer, imp *sheet.Import, problems []check.Problem) {
	places := newPlaces(imp)
	var errors, warnings int
	for _, sev := range []check.Severity{check.Error, check.Warning} {
		for _, p := range problems {
			if p.Severity != sev {
				continue
			}
			if sev == check.Error {
				errors++
			} else {
				warnings++
			}
			src, line := places.of(p)
			if line == 0 {
				// A problem of a whole file: the file is where it is.
				fmt.Fprintf(w, "%s: %s%s\n", src.File, r.severityPrefix(sev), p.Message.In(r.words))
				continue
			}
			prefix := ""
			if len(imp.Sources) > 1 {
				prefix = src.File + " "
				if src.Sheet != "" {
					prefix = src.File + ":" + src.Sheet + " "
				}
			}
			fmt.Fprintf(w, "%s%s: %s%s\n", prefix, r.location(line, p.Field, p.Column), r.severityPrefix(sev), p.Message.In(r.words))
		}
	}
	fmt.Fprintf(w, "%s, %s\n", r.plural(errors, "%d error", "%d errors"), r.plural(warnings, "%d warning", "%d warnings"))
	for _, p := range problems {
		if p.Code == check.CodeProtectedColumnUnknown {
			fmt.Fprintln(w, r.tr(`say what a column such as %q holds: --map "%s=Protected" if it marks protected identity, --map "%s=Ignore" if it does not`, p.Column, p.Column, p.Column))
			break
		}
	}
}

func (r *runner) severityPrefix(s check.Severity) string {
	if s == check.Warning {
		return r.tr("warning: ")
	}
	return ""
}

// location names a cell as the user finds it: "row 12, Email", "row 4,
// column "Spärr"" for a column the problem names, or "row 12" for a
// whole-row problem.
func (r *runner) location(line int, f roster.Field, column string) string {
	switch {
	case f.Valid():
		return r.tr("row %d, %s", line, f)
	case column != "":
		return r.tr("row %d, column %q", line, column)
	}
	return r.tr("row %d", line)
}

// places finds where a problem is in the sources: the row the user sees
// in the source its row came from; for a problem of a whole column or
// file (row id 0), the header's row of the first source with that
// column.
type places struct {
	imp  *sheet.Import
	rows map[roster.RowID]*roster.Row
}

func newPlaces(imp *sheet.Import) places {
	rows := make(map[roster.RowID]*roster.Row, len(imp.Roster.Rows))
	for _, row := range imp.Roster.Rows {
		rows[row.ID] = row
	}
	return places{imp: imp, rows: rows}
}

// of returns the source and the row number of problem p; the row is 0
// for a problem of a whole file, which has none.
func (pl places) of(p check.Problem) (sheet.Source, int) {
	if row := pl.rows[p.Row]; row != nil && row.Source >= 1 && row.Source <= len(pl.imp.Sources) {
		return pl.imp.Sources[row.Source-1], row.SourceLine
	}
	if p.Row == 0 && p.Column == "" {
		src := pl.imp.Sources[0]
		if p.Source >= 1 && p.Source <= len(pl.imp.Sources) {
			src = pl.imp.Sources[p.Source-1]
		}
		if p.Code == check.CodeSheetMentions {
			// About a sheet that was not read, which its message
			// names: its workbook, not a sheet that was read.
			return sheet.Source{Source: roster.Source{File: src.File}}, 0
		}
		return src, 0
	}
	for _, s := range pl.imp.Sources {
		if s.HasColumn(p.Column) {
			return s, s.HeaderRow
		}
	}
	return pl.imp.Sources[0], pl.imp.Sources[0].HeaderRow
}

// plural says n things in the run's language: one's format for 1, else
// many's; both are translation keys with %d for n.
func (r *runner) plural(n int, one, many string) string {
	if n == 1 {
		return r.tr(one, n)
	}
	return r.tr(many, n)
}
