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
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON object instead of text")
	password := passwordFlag(fs)
	path, ok := parseWithOneFile(fs, args, stderr)
	if !ok {
		return exitUnreadable
	}
	if *asJSON {
		words = nil // scripts read English: the report and any error line
	}
	imp, problems, code := load(path, *password, stderr)
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
		printSummary(stdout, imp)
		printProblems(stdout, imp.Roster, problems)
	}
	return code
}

// load reads and checks a file. It returns a nil import and exitUnreadable
// after printing one line when the file can't be read; otherwise the
// problems and exitProblems or exitOK.
func load(path, password string, stderr io.Writer) (*sheet.Import, []check.Problem, int) {
	imp, err := sheet.ReadFileWith(path, sheet.ReadOptions{Password: password})
	if err != nil {
		fmt.Fprintln(stderr, sayError(err))
		return nil, nil, exitUnreadable
	}
	problems := check.Check(imp.Roster)
	for _, p := range problems {
		if p.Severity == check.Error {
			return imp, problems, exitProblems
		}
	}
	return imp, problems, exitOK
}

// printSummary writes the line that says what was read.
func printSummary(w io.Writer, imp *sheet.Import) {
	c := imp.Roster.Count()
	where := ""
	if imp.Sheet != "" {
		where = tr("sheet %q, ", imp.Sheet)
	}
	fmt.Fprintln(w, tr("%s: %sheader on row %d: %s (%s, %s, %d protected)",
		imp.Path, where, imp.HeaderRow, plural(c.Rows, "%d row", "%d rows"),
		plural(c.Students, "%d student", "%d students"), plural(c.Teachers, "%d teacher", "%d teachers"), c.Protected))
	if imp.Trimmed > 0 {
		fmt.Fprintln(w, tr("removed surrounding spaces from %s", plural(imp.Trimmed, "%d cell", "%d cells")))
	}
	for _, n := range imp.Notices {
		fmt.Fprintln(w, n.Message.In(words))
	}
}

// printProblems lists errors, then warnings, one per line as
// "row 12, Email: message", and ends with the counts.
func printProblems(w io.Writer, r *roster.Roster, problems []check.Problem) {
	lines := sourceLines(r)
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
			fmt.Fprintf(w, "%s: %s%s\n", location(lines[p.Row], p.Field), severityPrefix(sev), p.Message.In(words))
		}
	}
	fmt.Fprintf(w, "%s, %s\n", plural(errors, "%d error", "%d errors"), plural(warnings, "%d warning", "%d warnings"))
}

func severityPrefix(s check.Severity) string {
	if s == check.Warning {
		return tr("warning: ")
	}
	return ""
}

// location names a cell as the user finds it: "row 12, Email", or "row 12"
// for a whole-row problem.
func location(line int, f roster.Field) string {
	if f.Valid() {
		return tr("row %d, %s", line, f)
	}
	return tr("row %d", line)
}

// sourceLines maps each row id to the row number the user sees in the
// source file.
func sourceLines(r *roster.Roster) map[roster.RowID]int {
	lines := make(map[roster.RowID]int, len(r.Rows))
	for _, row := range r.Rows {
		lines[row.ID] = row.SourceLine
	}
	return lines
}

// plural says n things in the run's language: one's format for 1, else
// many's; both are translation keys with %d for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return tr(one, n)
	}
	return tr(many, n)
}
