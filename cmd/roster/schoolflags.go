package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"rosterdesk/internal/schooldata"
	"rosterdesk/internal/sheet"
)

// schoolFlags are the options of a school-data export (SDS, SS12000,
// OneRoster): they change nothing for an xlsx or csv file.
type schoolFlags struct {
	date          *string
	ssoid         *string
	protectedList *string
	noMarks       *bool
	teacherRoles  *listFlag
}

// listFlag collects the values of a repeatable option.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ", ") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// addSchoolFlags defines the school-data options on fs; date is the
// command's --date when it has one already (export), else nil.
func addSchoolFlags(fs *flag.FlagSet, date *string) *schoolFlags {
	if date == nil {
		date = fs.String("date", "", "school data: take roles, enrolments and groups valid on this date, yyyymmdd (default today)")
	}
	s := &schoolFlags{date: date, teacherRoles: &listFlag{}}
	s.ssoid = fs.String("ssoid", "", "SDS: the users.csv column the SSOID comes from: username (default) or activeDirectoryMatchId")
	s.protectedList = fs.String("protected-list", "", "a file of addresses or SSOIDs (usernames or sourcedIds in school data), one a line, of people with protected identity, for every file given")
	s.noMarks = fs.Bool("no-protected-marks", false, "school data without a protected-identity field (SDS, OneRoster): you have checked that no one in it has protected identity")
	fs.Var(s.teacherRoles, "teacher-role", "school data: a further role or dutyRole value to read as teacher (repeatable)")
	return s
}

// options returns the options for schooldata.Read, or false after saying
// on stderr why an option's value is wrong.
func (r *runner) schoolOptions(command string, s *schoolFlags, stderr io.Writer) (schooldata.Options, bool) {
	opts := schooldata.Options{NoProtectedMarks: *s.noMarks, TeacherRoles: *s.teacherRoles}
	if *s.date != "" {
		d, ok := parseDate(*s.date)
		if !ok {
			fmt.Fprintln(stderr, r.tr("roster %s: --date %q is not a date from 20000101 to 20991231 written as yyyymmdd", command, *s.date))
			return opts, false
		}
		opts.Date = d
	}
	switch strings.ToLower(*s.ssoid) {
	case "", "username":
	case "activedirectorymatchid":
		opts.SSOID = schooldata.SSOIDADMatch
	default:
		fmt.Fprintln(stderr, r.tr("roster %s: --ssoid is username or activeDirectoryMatchId, not %q", command, *s.ssoid))
		return opts, false
	}
	if *s.protectedList != "" {
		list, err := schooldata.ReadList(*s.protectedList)
		if err != nil {
			fmt.Fprintln(stderr, r.tr("roster %s: the protected list %s cannot be read", command, *s.protectedList))
			return opts, false
		}
		opts.ProtectedList, opts.ProtectedListName = list, *s.protectedList
	}
	return opts, true
}

// schoolOnlyFlags says on stderr, and reports, when an option that means
// something for school data only was given and no source read is one
// that takes it: --no-protected-marks (any school-data export, or a
// working copy saved while the word on protected identity was owed),
// --teacher-role (any school-data export) and --ssoid (SDS). Ignored in silence, --no-protected-marks
// would let the user believe they had stated something the run never
// used, and the others that a setting had been applied.
func (r *runner) schoolOnlyFlags(command string, s *schoolFlags, imp *sheet.Import, stderr io.Writer) bool {
	school, sds := false, false
	for _, src := range imp.Sources {
		school = school || src.Format != "xlsx" && src.Format != "csv"
		sds = sds || src.Format == string(schooldata.SDS)
	}
	var bad []string
	for _, f := range []struct {
		name  string
		given bool
		takes bool
	}{{"--no-protected-marks", *s.noMarks, school || imp.MarksUndecided}, {"--teacher-role", len(*s.teacherRoles) > 0, school}} {
		if f.given && !f.takes {
			bad = append(bad, f.name)
			fmt.Fprintln(stderr, r.tr("roster %s: %s applies to school-data exports (SDS, SS12000, OneRoster) only, and no file given is one: leave it out", command, f.name))
		}
	}
	if *s.ssoid != "" && !sds {
		bad = append(bad, "--ssoid")
		fmt.Fprintln(stderr, r.tr("roster %s: --ssoid applies to SDS exports only, and no file given is one: leave it out", command))
	}
	return len(bad) > 0
}
