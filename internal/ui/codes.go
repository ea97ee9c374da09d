package ui

import (
	"fyne.io/fyne/v2/lang"

	"rosterdesk/internal/check"
)

// codeTitle names a kind of problem for the heading of its group.
func codeTitle(c check.Code) string {
	switch c {
	case check.CodeMissing:
		return lang.L("Required value missing")
	case check.CodeEmailInvalid:
		return lang.L("Email address not valid")
	case check.CodeEmailNonASCII:
		return lang.L("Email address with å, ä or ö")
	case check.CodeEmailDuplicate:
		return lang.L("Same email on several rows")
	case check.CodeSSOIDDuplicate:
		return lang.L("Same SSOID on several rows")
	case check.CodeRoleUnknown:
		return lang.L("Role not student or teacher")
	case check.CodeClassMissing:
		return lang.L("Student without a class")
	case check.CodeClassGradeOnly:
		return lang.L("Only a grade, not a class")
	case check.CodeClassFormat:
		return lang.L("Class written differently")
	case check.CodeClassTeacher:
		return lang.L("Teacher with a class")
	case check.CodeMunicipalityMixed:
		return lang.L("Other municipality")
	case check.CodeWhitespace:
		return lang.L("Extra spaces")
	case check.CodeNameCase:
		return lang.L("Name in capitals or small letters")
	case check.CodeSpellingVariant:
		return lang.L("Spelt differently from most rows")
	case check.CodeClassLone:
		return lang.L("Alone in a class")
	case check.CodeClassGradeStray:
		return lang.L("Alone in a year the school lacks")
	case check.CodeSameName:
		return lang.L("Same name twice in a school")
	case check.CodeEmailNotName:
		return lang.L("Email does not fit the name")
	case check.CodeStaffSchools:
		return lang.L("Staff member at several schools")
	}
	return string(c)
}
