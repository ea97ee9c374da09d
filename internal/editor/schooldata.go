package editor

import (
	"rosterdesk/internal/check"
	"rosterdesk/internal/schooldata"
	"rosterdesk/internal/sheet"
)

// SourceFormat names the format the list was read from: "xlsx", "csv",
// or a school data standard, "SDS", "SS12000" or "OneRoster"; "" for a
// new list.
func (d *Document) SourceFormat() string { return d.format }

// SchoolData reports whether the list was read from a school data export.
func (d *Document) SchoolData() bool {
	switch d.format {
	case "SDS", "SS12000", "OneRoster":
		return true
	}
	return false
}

// NeedsNoMarksConfirmation reports whether the list comes from a school
// data export whose format has no protected-identity field (SDS,
// OneRoster) and nothing was mapped into it: its export is blocked by the
// error protected_unknown until the user states, in the export dialog,
// that they have checked (ExportPlan.NoProtectedMarks).
func (d *Document) NeedsNoMarksConfirmation() bool { return d.protectedUnknown }

// Blocking returns the errors of plan p that block its export: all of
// them, but protected_unknown once the user has stated that they have
// checked the list for protected identity.
func (p ExportPlan) Blocking() []check.Problem {
	if !p.NoProtectedMarks {
		return p.Errors
	}
	var out []check.Problem
	for _, e := range p.Errors {
		if e.Code != check.CodeProtectedUnknown {
			out = append(out, e)
		}
	}
	return out
}

// SSOIDColumn names the users.csv column an SDS list's SSOID was read
// from: "username" or schooldata.SSOIDADMatch; "" for any other list.
func (d *Document) SSOIDColumn() string {
	if d.format != string(schooldata.SDS) {
		return ""
	}
	if d.readOptions().SchoolData.SSOID == schooldata.SSOIDADMatch {
		return schooldata.SSOIDADMatch
	}
	return "username"
}

// RereadSSOID reads an SDS list's file again, with the SSOID from the
// users.csv column column ("username" or schooldata.SSOIDADMatch) and
// its other options as they were, into a new document, as Remap does.
func (d *Document) RereadSSOID(column string) (*Document, error) {
	return d.readAgain(func(opts *sheet.ReadOptions) {
		opts.SchoolData.SSOID = ""
		if column == schooldata.SSOIDADMatch {
			opts.SchoolData.SSOID = column
		}
	})
}
