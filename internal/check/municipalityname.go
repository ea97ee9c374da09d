package check

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// municipalityKey is the municipality a row's value stands for, by the
// rule school data follows too (roster.MunicipalityName): "Ale" and "Ale
// kommun" are one municipality, Ale, and so is its code 1440.
func municipalityKey(value string) string {
	name, _ := roster.MunicipalityName(value)
	return name
}

// municipalityNameProblems checks how a row writes its municipality: a
// value the built-in table knows by another spelling ("Ale kommun", the
// code 1440, "Helsinki/Helsingfors", "Helsingin kaupunki") is a warning
// with the fix to the table's name, which the upload file and its name
// use; a number that is no one municipality's code is an error, as the
// file would be named by it.
func municipalityNameProblems(dst []Problem, row *roster.Row) []Problem {
	value := strings.TrimSpace(row.Values[roster.Municipality])
	if value == "" {
		return dst
	}
	if codes := roster.MunicipalityCodes(value); len(codes) != 1 && strings.Trim(value, "0123456789") == "" {
		return append(dst, municipalityCodeProblem(row.ID, value, codes))
	}
	name, _ := roster.MunicipalityName(value)
	if name == value || name == roster.Tidy(value) {
		return dst
	}
	return append(dst, Problem{Row: row.ID, Field: roster.Municipality, Severity: CodeMunicipalityName.Severity(), Code: CodeMunicipalityName,
		Message: i18n.T("the municipality's name is %q, which the upload file and its name use", name),
		Fix:     &Fix{Label: i18n.T("Change to %q", name), Value: name}})
}

// municipalityCodeProblem is the error on a municipality that is only
// digits: the code of no municipality, or of two (a Finnish one, and a
// Swedish one whose leading zero a spreadsheet dropped), which the user
// picks from.
func municipalityCodeProblem(id roster.RowID, value string, names []string) Problem {
	p := Problem{Row: id, Field: roster.Municipality, Severity: CodeMunicipalityCode.Severity(), Code: CodeMunicipalityCode,
		Message: i18n.T("%s is a number, not the name of a municipality, and no municipality has that code: write the name", value)}
	if len(names) > 1 {
		p.Message = i18n.T("%s is a number, not the name of a municipality, and the code of both %s and %s: write the name", value, names[0], names[1])
		fix := &Fix{Label: i18n.T("Choose the municipality")}
		for _, name := range names {
			fix.Choices = append(fix.Choices, Fix{Label: i18n.T("Change to %q", name), Value: name})
		}
		p.Fix = fix
	}
	return p
}

// suggestMunicipality gives an empty Municipality cell (missing) the fix
// to fill in the list's municipality when every row that names one names
// that one: a staff file without a Kommun column added to the pupils'
// list fills in with one Fix all. Where the list names none (a list
// without a Kommun column), only the user knows it: the fix asks for it
// and fills every row at once, as roster --municipality does. Where the
// list names several, the user chooses row by row.
func (c *Checker) suggestMunicipality(problems []Problem) {
	for i := range problems {
		p := &problems[i]
		if p.Code != CodeMissing || p.Field != roster.Municipality || p.Fix != nil {
			continue
		}
		if main, ok := c.municipality.only(); ok {
			p.Fix = &Fix{Label: i18n.T("Fill in %q", main), Value: main}
		} else if c.municipality.main == "" {
			p.Fix = &Fix{Label: i18n.T("Fill in the municipality of every row…"), Ask: true}
		}
	}
}

// only returns the list's municipality when every row that names one
// names the same.
func (m *municipalityRule) only() (string, bool) {
	if m.main == "" {
		return "", false
	}
	for k, g := range m.index.counts {
		if k != m.main && g > 0 {
			return "", false
		}
	}
	return m.main, true
}
