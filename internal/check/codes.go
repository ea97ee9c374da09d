package check

import "rosterdesk/internal/i18n"

// Code names a rule. Codes are stable: scripts read them from
// `roster check --json`. Every code is declared here, with its severity
// and title, and listed in the README's table of problem codes.
type Code string

// The codes of the rules, in the order of the README's table.
const (
	// The upload file's rules.
	CodeMissing           Code = "missing"            // a required field is empty
	CodeEmailInvalid      Code = "email_invalid"      // not a usable email address
	CodeEmailNonASCII     Code = "email_non_ascii"    // å, ä, ö or other non-ASCII letters in an address
	CodeEmailPrivate      Code = "email_private"      // a pupil's address at a private mail service (gmail.com): perhaps a guardian's
	CodeEmailDuplicate    Code = "email_duplicate"    // the same address (any case) on several rows
	CodeSSOIDDuplicate    Code = "ssoid_duplicate"    // the same SSOID on several rows
	CodeRoleUnknown       Code = "role_unknown"       // role is neither student nor teacher
	CodeClassMissing      Code = "class_missing"      // a student without a class
	CodeClassGradeOnly    Code = "class_grade_only"   // "9" where "9A" is needed
	CodeClassFormat       Code = "class_format"       // "9 a" where "9A" is meant
	CodeClassNoGrade      Code = "class_no_grade"     // "A" where "9A" is needed: a section without its grade
	CodeClassSeveral      Code = "class_several"      // "9A/9B": more than one class in a pupil's cell
	CodeClassMerge        Code = "class_merge"        // "A" for pupils of different or unknown years at one school
	CodeClassGroup        Code = "class_group"        // "Ma grp 1": a teaching group where the class is needed
	CodeGradeMismatch     Code = "grade_mismatch"     // a grade column that says another grade than the class ("8" beside "7A")
	CodeColumnsDisagree   Code = "columns_disagree"   // a second column headed as the field says another value ("Klass" twice: 9A and 9B)
	CodeClassTeacher      Code = "class_teacher"      // a teacher with a class
	CodeRoleMismatch      Code = "role_mismatch"      // a role the row's address, sheet or file speaks against: a "teacher" with a class on @elev.…
	CodeSchoolSeveral     Code = "school_several"     // "Ekbacka skola, Norrskolan": more than one school in one cell
	CodeMunicipalityMixed Code = "municipality_mixed" // not the file's main municipality
	CodeMunicipalityName  Code = "municipality_name"  // a municipality written otherwise than its name: "Ale kommun", its code 1440, "Helsinki/Helsingfors"
	CodeMunicipalityCode  Code = "municipality_code"  // a number where the municipality's name should be, which is no one municipality's code
	CodeWhitespace        Code = "whitespace"         // leading, trailing or doubled spaces

	// Protected identity and what the reader did to a value.
	CodeProtectedValue         Code = "protected_value"           // a protected-identity mark that is neither a known yes nor a known no
	CodeProtectedCopy          Code = "protected_copy"            // the same person marked protected in another file, sheet or row
	CodeProtectedColumnUnknown Code = "protected_column_unknown"  // an unmapped column whose header suggests protection
	CodeProtectedMarkIgnored   Code = "protected_mark_ignored"    // a recognised protection column mapped to something else, on a row it would protect
	CodeProtectedPlaceholder   Code = "protected_placeholder"     // a name or address that stands in for a hidden identity ("***", "Skyddad")
	CodeIdentityNumber         Code = "identity_number"           // a personal identity number in a field that is sent
	CodeProtectedNoAddress     Code = "protected_no_address"      // a protected row without address or SSOID that matches no other row by name
	CodeProtectedUnknown       Code = "protected_unknown"         // an export whose format carries no protected-identity mark
	CodeProtectedListUnmatched Code = "protected_list_unmatched"  // a line of the protected list that names no one in the export
	CodeNotValidOnDate         Code = "not_valid_on_date"         // a school data export with no student valid on the export date
	CodeNoneValidOnDate        Code = "none_valid_on_date"        // a school data export with no one valid on the export date
	CodePersonTwice            Code = "person_twice"              // a school data export lists one person twice, with records that differ
	CodeMarkingMissing         Code = "security_marking_missing"  // SS12000 people without securityMarking where others have it: protected
	CodeRowHidden              Code = "row_hidden"                // a row hidden in the workbook
	CodeRowNote                Code = "row_note"                  // a note (comment) on a row in the workbook, which Excel shows only on pointing
	CodeRowStruck              Code = "row_struck"                // text struck through on a row in the workbook
	CodeSheetMentions          Code = "sheet_mentions_protection" // a sheet that is not read mentions protected identity ("Elever med skyddad identitet: rad 12")
	CodeClassColumnOther       Code = "class_column_other"        // a column not sent holds other classes than the Class column on some rows
	CodeStatusUnknown          Code = "status_unknown"            // a status or end date that says neither here nor left
	CodeListedAsLeft           Code = "listed_as_left"            // a person the workbook's leavers' sheet lists as having left
	CodeInvisibleRemoved       Code = "invisible_removed"         // invisible characters removed from a cell on import
	CodeFormulaUncached        Code = "formula_uncached"          // a field's cells hold formulas whose values were never calculated
	CodeNumberRounded          Code = "number_rounded"            // a number Excel shows rounded (1.23E+11): the digits of an id are lost
	CodeExcelError             Code = "excel_error"               // an Excel error (#N/A, #SAKNAS!) where a value should be
	CodeTextMarker             Code = "text_marker"               // Excel's text sign, an apostrophe, kept before a value ('001205)
	CodeTextGarbled            Code = "text_garbled"              // å ä ö garbled by a wrong character set ("Ã…sa")
	CodeLettersLost            Code = "letters_lost"              // letters lost in a character-set round trip ("?sa", "Bor?s")
	CodeDateValue              Code = "date_value"                // a date or time where text should be (a class Excel made a date of)

	// What a tired eye misses.
	CodeSpellingVariant Code = "spelling_variant"  // a School, email domain or Municipality spelt slightly differently from most rows
	CodeClassLone       Code = "class_lone"        // a class of one student beside larger classes of that grade
	CodeClassGradeStray Code = "class_grade_stray" // the only student of a grade the school otherwise lacks
	CodeNameCase        Code = "name_case"         // a name all in capitals or all in small letters
	CodeSameName        Code = "same_name"         // the same name twice in a school with two addresses that fit it
	CodeEmailNotName    Code = "email_not_name"    // an address that fits no part of its row's name where most do
	CodeStaffSchools    Code = "staff_schools"     // one staff member on rows for several schools
)

// codeInfo is what the program says of a code besides its problems.
type codeInfo struct {
	code     Code
	severity Severity
	// title names the kind of problem, for the heading of its group.
	title i18n.Text
}

// codeInfos lists every code once, in the order of the constants.
var codeInfos = []codeInfo{
	{CodeMissing, Error, i18n.T("Required value missing")},
	{CodeEmailInvalid, Error, i18n.T("Email address not valid")},
	{CodeEmailNonASCII, Warning, i18n.T("Email address with å, ä or ö")},
	{CodeEmailPrivate, Warning, i18n.T("Private email address")},
	{CodeEmailDuplicate, Error, i18n.T("Same email on several rows")},
	{CodeSSOIDDuplicate, Error, i18n.T("Same SSOID on several rows")},
	{CodeRoleUnknown, Error, i18n.T("Role not student or teacher")},
	{CodeClassMissing, Error, i18n.T("Student without a class")},
	{CodeClassGradeOnly, Error, i18n.T("Only a grade, not a class")},
	{CodeClassFormat, Warning, i18n.T("Class written differently")},
	{CodeClassNoGrade, Warning, i18n.T("Class without a grade")},
	{CodeClassSeveral, Error, i18n.T("More than one class")},
	{CodeClassMerge, Error, i18n.T("Years merged into one class")},
	{CodeClassGroup, Warning, i18n.T("Teaching group, not a class")},
	{CodeGradeMismatch, Warning, i18n.T("Class of another grade")},
	{CodeColumnsDisagree, Error, i18n.T("Two columns of one field disagree")},
	{CodeRoleMismatch, Error, i18n.T("Role that the row speaks against")},
	{CodeClassTeacher, Warning, i18n.T("Teacher with a class")},
	{CodeSchoolSeveral, Error, i18n.T("More than one school")},
	{CodeMunicipalityMixed, Error, i18n.T("Other municipality")},
	{CodeMunicipalityName, Warning, i18n.T("Municipality written otherwise than its name")},
	{CodeMunicipalityCode, Error, i18n.T("A number instead of the municipality")},
	{CodeWhitespace, Warning, i18n.T("Extra spaces")},
	{CodeProtectedValue, Warning, i18n.T("Unclear protected identity mark")},
	{CodeProtectedCopy, Warning, i18n.T("Same person protected elsewhere")},
	{CodeProtectedColumnUnknown, Error, i18n.T("Column that may mark protected identity")},
	{CodeProtectedMarkIgnored, Warning, i18n.T("Protection mark not read")},
	{CodeProtectedPlaceholder, Warning, i18n.T("Name hidden for protected identity")},
	{CodeIdentityNumber, Error, i18n.T("Personal identity number")},
	{CodeProtectedNoAddress, Warning, i18n.T("Protected person without an address")},
	{CodeProtectedUnknown, Error, i18n.T("No protected identity marks in the file")},
	{CodeProtectedListUnmatched, Error, i18n.T("Protected list line that matches no one")},
	{CodeNotValidOnDate, Warning, i18n.T("No student valid on the export date")},
	{CodeNoneValidOnDate, Error, i18n.T("No one valid on the export date")},
	{CodePersonTwice, Error, i18n.T("Person listed twice, records differ")},
	{CodeMarkingMissing, Warning, i18n.T("No securityMarking, treated as protected")},
	{CodeRowHidden, Warning, i18n.T("Row hidden in the workbook")},
	{CodeRowNote, Warning, i18n.T("Note on the row in the workbook")},
	{CodeRowStruck, Warning, i18n.T("Text struck through in the workbook")},
	{CodeSheetMentions, Warning, i18n.T("Another sheet mentions protected identity")},
	{CodeListedAsLeft, Warning, i18n.T("Listed as having left")},
	{CodeClassColumnOther, Warning, i18n.T("Another column holds classes")},
	{CodeStatusUnknown, Warning, i18n.T("Status not understood")},
	{CodeInvisibleRemoved, Warning, i18n.T("Invisible characters removed")},
	{CodeFormulaUncached, Error, i18n.T("Formula without a value")},
	{CodeNumberRounded, Warning, i18n.T("Number rounded by Excel")},
	{CodeExcelError, Error, i18n.T("Excel error in the cell")},
	{CodeTextMarker, Error, i18n.T("Apostrophe before the value")},
	{CodeTextGarbled, Error, i18n.T("Garbled letters")},
	{CodeLettersLost, Error, i18n.T("Letters lost")},
	{CodeDateValue, Error, i18n.T("Date where text should be")},
	{CodeSpellingVariant, Warning, i18n.T("Spelt differently from most rows")},
	{CodeClassLone, Warning, i18n.T("Alone in a class")},
	{CodeClassGradeStray, Warning, i18n.T("Alone in a year the school lacks")},
	{CodeNameCase, Warning, i18n.T("Name in capitals or small letters")},
	{CodeSameName, Warning, i18n.T("Same name twice in a school")},
	{CodeEmailNotName, Warning, i18n.T("Email does not fit the name")},
	{CodeStaffSchools, Error, i18n.T("Staff member at several schools")},
}

// codeIndex finds a code's entry in codeInfos.
var codeIndex = func() map[Code]int {
	m := make(map[Code]int, len(codeInfos))
	for i, ci := range codeInfos {
		m[ci.code] = i
	}
	return m
}()

// Codes returns every problem code, in the order of the README's table.
func Codes() []Code {
	codes := make([]Code, len(codeInfos))
	for i, ci := range codeInfos {
		codes[i] = ci.code
	}
	return codes
}

// Known reports whether c is one of the program's codes.
func (c Code) Known() bool {
	_, ok := codeIndex[c]
	return ok
}

// Severity returns the severity of every problem of code c; an unknown
// code is an error, so that it cannot slip through an export.
func (c Code) Severity() Severity {
	if i, ok := codeIndex[c]; ok {
		return codeInfos[i].severity
	}
	return Error
}

// Title names the kind of problem, for the heading of its group; an
// unknown code's title names the code.
func (c Code) Title() i18n.Text {
	if i, ok := codeIndex[c]; ok {
		return codeInfos[i].title
	}
	return i18n.T("Other problem (%s)", string(c))
}
