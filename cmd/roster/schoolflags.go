package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"rosterdesk/internal/schooldata"
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
	s.protectedList = fs.String("protected-list", "", "school data: a file of addresses, usernames or sourcedIds (one a line) of people with protected identity")
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
