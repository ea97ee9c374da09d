// Command roster checks a roster file and exports the upload file, for IT
// staff, scripts and tests. It needs no display and no cgo.
//
//	roster check [--json] [--password PASSWORD] [--map "HEADER=TARGET"]... [--sheet NAME]... [--municipality NAME] FILE...
//	roster export [--out DIR] [--date yyyymmdd] [--replace] [--password PASSWORD] [--map ...] [--sheet NAME]... [--municipality NAME] FILE...
//	roster diff [--json] OLD NEW
//	roster --version
//
// Its text speaks English, Swedish or Finnish: --lang, or the system's
// language. The --json report stays in English for scripts.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"rosterdesk/internal/tempfiles"
	"rosterdesk/internal/version"
)

// Exit codes of the command-line contract (docs/DESIGN.md).
const (
	exitOK         = 0 // no errors (warnings allowed)
	exitProblems   = 1 // the roster has errors
	exitUnreadable = 2 // the input cannot be read, or the command is wrong
)

const usage = `usage:
  roster check [--json] [--password PASSWORD] [--map "HEADER=TARGET"]...
        [--sheet NAME]... [--municipality NAME] FILE...
        check a roster (xlsx or csv files, read into one list); exit 0 no
        errors, 1 errors, 2 unreadable
  roster export [--out DIR] [--date yyyymmdd] [--replace] [--password PASSWORD] [--map ...]
        [--sheet NAME]... [--municipality NAME] FILE...
        write the files' rows, as one list, to
        DIR/Binogi_<Municipality>_<date>.xlsx (DIR defaults to the current
        folder, date to today) and print its path; exit 1 and write
        nothing while errors remain, or when that file exists and --replace
        is not given
  roster diff [--json] OLD NEW
        compare with the previous export: added, removed, moved school or
        class, new address; exit 0, 1 when over a fifth of OLD is gone,
        2 unreadable
  --password PASSWORD opens a workbook protected with a password; the
        environment variable ROSTER_PASSWORD does the same and keeps the
        password out of the command line, where others may see it
  --map "SOURCE HEADER=TARGET" (repeatable) reads the column under SOURCE
        HEADER as TARGET: Email, FirstName, LastName, Class, School,
        Municipality, Role, SSOID, Grade (the year, joined with a section
        alone into the class), Protected (protected identity marks) or
        Ignore (nothing to read, not a protection mark); a header no file
        has exits 2
  --sheet NAME (repeatable) reads only the sheets so named (any case) of
        a workbook; every sheet with a list of people is read without it;
        a name no workbook has exits 2
  --municipality NAME fills in every empty Municipality cell with NAME
        (a staff list often has none)
  --protected-list FILE protects and leaves out each person it names, one
        address or SSOID a line (usernames or sourcedIds in school data), in
        every file given; a line that names no one is an error
  --lang en|sv|fi, anywhere on the line, picks the language of the text
        (default: the system's, from LC_ALL, LC_MESSAGES or LANG); --json
        output stays in English
`

// schoolUsage is the part of the usage about school-data exports.
const schoolUsage = `school data: a FILE may also be a folder or zip of SDS v2.1 or OneRoster 1.1
  CSV files, or SS12000 JSON (a folder of entity files, or one file):
  --date yyyymmdd takes roles, enrolments, duties and groups valid on that
        day (default today; export's --date also dates the file)
  --no-protected-marks states that an SDS or OneRoster export, which has no
        protected-identity field, holds no one with protected identity;
        without it, or --protected-list FILE, or a column of users.csv
        mapped with --map "COLUMN=Protected", the export is blocked
  --ssoid activeDirectoryMatchId takes an SDS SSOID from that column, not
        username
  --teacher-role VALUE (repeatable) reads a further role or dutyRole as
        teacher (others are left out and counted)
`

// usageText is the usage in the run's language.
func (r *runner) usageText() string { return r.tr(usage) + r.tr(schoolUsage) }

func main() {
	// Temporary files with personal data that a killed run left behind go
	// first; this run's own go when it is interrupted.
	tempfiles.RemoveStale()
	tempfiles.ExitOnInterrupt()
	r := &runner{getenv: os.Getenv, systemLocale: systemLocale, setMemoryLimit: debug.SetMemoryLimit}
	os.Exit(r.run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command line and returns its exit code: exitUnreadable
// when standard output could not be written, whatever the command found.
func (r *runner) run(args []string, stdout, stderr io.Writer) int {
	out := &outputWriter{w: stdout}
	code := r.runCommand(args, out, stderr)
	if out.err != nil {
		fmt.Fprintln(stderr, r.tr("roster: the output could not be written: %s", outputReason(out.err)))
		return exitUnreadable
	}
	return code
}

// runCommand executes one command line and returns its exit code.
func (r *runner) runCommand(args []string, stdout, stderr io.Writer) int {
	args, ok := r.chooseLanguage(args, stderr)
	if !ok {
		return exitUnreadable
	}
	if len(args) == 0 {
		fmt.Fprint(stderr, r.usageText())
		return exitUnreadable
	}
	switch args[0] {
	case "check":
		return r.runCheck(args[1:], stdout, stderr)
	case "export":
		return r.runExport(args[1:], stdout, stderr)
	case "diff":
		return r.runDiff(args[1:], stdout, stderr)
	case "version", "-version", "--version":
		// The same version as the window's About (internal/version).
		fmt.Fprintln(stdout, "roster", version.String())
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, r.usageText())
		return exitOK
	}
	fmt.Fprint(stderr, r.tr("roster: unknown command %q", args[0]), "\n", r.usageText())
	return exitUnreadable
}
