package schooldata

import (
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// Format names a school-data standard.
type Format string

// The standards read.
const (
	SDS       Format = "SDS"
	SS12000   Format = "SS12000"
	OneRoster Format = "OneRoster"
)

// Options say how to read an export.
type Options struct {
	// Date is the day the export is for: roles, enrolments, duties,
	// groups and memberships count when valid on it. Zero is today.
	Date time.Time
	// Municipality, if not "", is every row's municipality, whatever the
	// export says (roster --municipality); a notice names what it replaced.
	Municipality string
	// SSOID names the users.csv column of SDS the SSOID comes from:
	// "" or "username", or SSOIDADMatch.
	SSOID string
	// Map says what extra columns of the people's file hold: protected
	// identity, or nothing to read (a column that sounds like a mark but
	// is not one).
	Map []Mapping
	// ProtectedList holds addresses, usernames or sourcedIds of people
	// with protected identity (ReadList): left out of the upload file.
	// A line that matches no one is an error. ProtectedListName names
	// the list's file in messages.
	ProtectedList     []ListEntry
	ProtectedListName string
	// NoProtectedMarks is the user's statement that an export without a
	// protected-identity field (SDS, OneRoster) holds no one with
	// protected identity.
	NoProtectedMarks bool
	// TeacherRoles are further role or dutyRole values read as teacher
	// ("aide", "Rektor"), in any case.
	TeacherRoles []string
}

// SSOIDADMatch is Options.SSOID for an SDS export whose SSOID is read
// from users.csv activeDirectoryMatchId (roster --ssoid).
const SSOIDADMatch = "activeDirectoryMatchId"

// Mapping says that the people's file's column Header holds protection
// marks (Protected) or nothing to read (not Protected).
type Mapping struct {
	Header    string
	Protected bool
}

// Notice is something the reader did on its own that the user should
// know, as sheet.Notice.
type Notice struct {
	Code    string
	Message i18n.Text
}

// The codes of the notices.
const (
	NoticeFormat            = "school_data"            // which standard was read, and from which files
	NoticeRolesLeftOut      = "roles_left_out"         // people whose only roles are neither student nor teacher
	NoticeNotValid          = "not_valid_on_date"      // people with no role, enrolment or duty valid on the date
	NoticeMunicipalityKey   = "municipality_from_code" // municipality named from the built-in code table
	NoticeMunicipalityGiven = "municipality_given"     // the user's municipality replaced the export's
	NoticePrivateEmail      = "private_email_not_used" // people whose only address is private: left without one
	NoticeEmailFromUsername = "email_from_username"    // people without an email whose username, an address, is read as one
	NoticeChoices           = "school_data_choices"    // people with several candidate classes or schools
	NoticeProtectedList     = "protected_list"         // people left out by the protected list
	NoticeNoMarks           = "no_protected_marks"     // the user said the export has no protected people
)

// Result is an export read into a roster.
type Result struct {
	Roster *roster.Roster
	Format Format
	// PeopleFile names the file the rows' SourceLine counts in:
	// "users.csv", or the persons' JSON file (the first, when several
	// pages are joined).
	PeopleFile string
	// Columns maps each field to the source field it came from
	// ("users.csv email").
	Columns map[roster.Field]string
	// ProtectedColumn names where protection marks were read, or "".
	ProtectedColumn string
	// Problems are the reader's findings: protected_unknown for the whole
	// export, placeholder names on rows.
	Problems []check.Problem
	Notices  []Notice
	// Mapped lists the headers of Options.Map the export has.
	Mapped []string
	// Turns are the days on which the export would read otherwise than
	// on Options.Date: what it holds is valid from or until them.
	Turns roster.DateTurns
	// NoMarks says that the format carries no protected-identity field
	// and nothing was mapped into it: the window asks the user to confirm
	// before an export.
	NoMarks bool
}
