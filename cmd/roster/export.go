package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"rosterdesk/internal/sheet"
)

// runExport implements `roster export [--out DIR] [--date yyyymmdd]
// [--replace] FILE...`: every file into one upload file. An upload file of the same name is replaced only
// with --replace: without it, export writes nothing and exits 1.
func (r *runner) runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	out := fs.String("out", ".", "folder to write the upload file in")
	dateText := fs.String("date", "", "date in the file name, as yyyymmdd (default today)")
	replace := fs.Bool("replace", false, "replace an upload file of the same name")
	password := r.passwordFlag(fs)
	maps := r.mapFlag(fs)
	school := addSchoolFlags(fs, dateText)
	municipality := municipalityFlag(fs)
	sheets := sheetFlag(fs)
	paths, ok := r.parseWithFiles(fs, args, stderr)
	if !ok {
		return exitUnreadable
	}
	date := time.Now()
	if *dateText != "" {
		d, ok := parseDate(*dateText)
		if !ok {
			fmt.Fprintln(stderr, r.tr("roster export: --date %q is not a date from 20000101 to 20991231 written as yyyymmdd", *dateText))
			return exitUnreadable
		}
		date = d
	}
	schoolOpts, ok := r.schoolOptions("export", school, stderr)
	if !ok {
		return exitUnreadable
	}
	schoolOpts.Date = date
	imp, problems, code := r.load("export", paths, sheet.ReadOptions{Password: *password, Map: *maps, SchoolData: schoolOpts,
		Municipality: *municipality, Sheets: *sheets, Date: date}, stderr)
	if imp == nil {
		return code
	}
	if r.schoolOnlyFlags("export", school, imp, stderr) {
		return exitUnreadable
	}
	if code == exitProblems {
		r.printProblems(stderr, imp, problems)
		fmt.Fprintln(stderr, r.tr("nothing written: fix the errors above, then export again"))
		return exitProblems
	}
	// The warnings first: they may say why no one is left to export
	// (security_marking_missing).
	if len(problems) > 0 {
		r.printProblems(stderr, imp, problems)
	}
	counts := imp.Roster.Count()
	if counts.Rows-counts.Protected-counts.LeftOut == 0 {
		fmt.Fprintln(stderr, r.tr("%s: nothing written: the list has no one to export", imp.Path))
		return exitProblems
	}
	target := filepath.Join(*out, sheet.UploadName(imp.Roster.Municipality(), date))
	if _, err := os.Lstat(target); err == nil && !*replace {
		fmt.Fprintln(stderr, r.tr("roster export: %s exists already; nothing written: give --replace to replace it", target))
		return exitProblems
	}
	r.limitMemoryTo(writeMemoryLimit(len(imp.Roster.Rows), r.getenv))
	summary, err := sheet.WriteUpload(target, imp.Roster)
	if err != nil {
		fmt.Fprintf(stderr, "roster export: %s\n", r.sayError(err))
		return exitUnreadable
	}
	fmt.Fprintln(stdout, summary.Path)
	fmt.Fprint(stderr, r.tr("exported %s; left out %s with protected identity", r.plural(summary.Rows, "%d row", "%d rows"), r.plural(summary.Protected, "%d row", "%d rows")))
	if summary.LeftOut > 0 {
		fmt.Fprint(stderr, r.tr("; left out %s marked to be left out (people who have left)", r.plural(summary.LeftOut, "%d row", "%d rows")))
	}
	if len(summary.DroppedColumns) > 0 {
		fmt.Fprint(stderr, r.tr("; columns not sent: %s", strings.Join(summary.DroppedColumns, ", ")))
	}
	fmt.Fprintln(stderr)
	fmt.Fprintln(stderr, r.tr("upload it through your secure personal link; never send it by email"))
	return exitOK
}
