package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// runCheck implements `roster check [--json] FILE`.
func (r *runner) runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON object instead of text")
	password := r.passwordFlag(fs)
	maps := r.mapFlag(fs)
	school := addSchoolFlags(fs, nil)
	path, ok := r.parseWithOneFile(fs, args, stderr)
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
	imp, problems, code := r.load("check", path, sheet.ReadOptions{Password: *password, Map: *maps, SchoolData: schoolOpts}, stderr)
	if imp == nil {
		return code
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(newReport(imp, problems)); err != nil {
			fmt.Fprintf(stderr, "roster check: %v\n", err)
			return exitUnreadable
		}
	} else {
		r.printSummary(stdout, imp)
		r.printProblems(stdout, imp, problems)
	}
	return code
}

// load reads and checks a file for command. It returns a nil import and
// exitUnreadable after printing one line when the file can't be read or a
// mapping names a column it lacks; otherwise the problems (the reader's
// among them) and exitProblems or exitOK.
func (r *runner) load(command, path string, opts sheet.ReadOptions, stderr io.Writer) (*sheet.Import, []check.Problem, int) {
	imp, err := sheet.ReadFileWith(path, opts)
	if err != nil {
		fmt.Fprintln(stderr, r.sayError(err))
		return nil, nil, exitUnreadable
	}
	if r.unmatchedMaps(command, opts.Map, []*sheet.Import{imp}, stderr) {
		return nil, nil, exitUnreadable
	}
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

// printSummary writes the line that says what was read.
func (r *runner) printSummary(w io.Writer, imp *sheet.Import) {
	c := imp.Roster.Count()
	where := ""
	if imp.Sheet != "" {
		where = r.tr("sheet %q, ", imp.Sheet)
	}
	rows, students, teachers := r.plural(c.Rows, "%d row", "%d rows"),
		r.plural(c.Students, "%d student", "%d students"), r.plural(c.Teachers, "%d teacher", "%d teachers")
	if imp.HeaderRow == 0 {
		// An SS12000 file has no header: its rows are the persons.
		fmt.Fprintln(w, r.tr("%s: persons in %q: %s (%s, %s, %d protected)", imp.Path, imp.Sheet, rows, students, teachers, c.Protected))
	} else {
		fmt.Fprintln(w, r.tr("%s: %sheader on row %d: %s (%s, %s, %d protected)", imp.Path, where, imp.HeaderRow, rows, students, teachers, c.Protected))
	}
	if imp.Trimmed > 0 {
		fmt.Fprintln(w, r.tr("removed surrounding spaces from %s", r.plural(imp.Trimmed, "%d cell", "%d cells")))
	}
	for _, n := range imp.Notices {
		fmt.Fprintln(w, n.Message.In(r.words))
	}
}

// printProblems lists errors, then warnings, one per line as
// "row 12, Email: message", and ends with the counts.
func (r *runner) printProblems(w io.Writer, imp *sheet.Import, problems []check.Problem) {
	lines := sourceLines(imp)
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
			fmt.Fprintf(w, "%s: %s%s\n", r.location(lines[p.Row], p.Field, p.Column), r.severityPrefix(sev), p.Message.In(r.words))
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

// sourceLines maps each row id to the row number the user sees in the
// source file; a problem of the whole file (row id 0) is on the header's
// row.
func sourceLines(imp *sheet.Import) map[roster.RowID]int {
	lines := make(map[roster.RowID]int, len(imp.Roster.Rows)+1)
	lines[0] = imp.HeaderRow
	for _, row := range imp.Roster.Rows {
		lines[row.ID] = row.SourceLine
	}
	return lines
}

// plural says n things in the run's language: one's format for 1, else
// many's; both are translation keys with %d for n.
func (r *runner) plural(n int, one, many string) string {
	if n == 1 {
		return r.tr(one, n)
	}
	return r.tr(many, n)
}
