package editor

import (
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/schooldata"
	"rosterdesk/internal/sheet"
)

// ReadProtectedList reads a school-data list's files again, as
// RereadSSOID does, leaving out the people the list of protected
// identity at path names (roster --protected-list: addresses, usernames
// or sourcedIds, one a line). Such a list answers the error
// protected_unknown of an export without a protected-identity field; a
// line that names no one is the error protected_list_unmatched.
func (d *Document) ReadProtectedList(path string) (*Document, error) {
	if !d.SchoolData() {
		return nil, &i18n.Error{Message: i18n.T("a list of protected people is read with a school data export: in this list, mark the rows with Edit > Mark as protected identity")}
	}
	list, err := schooldata.ReadList(path)
	if err != nil {
		return nil, err
	}
	return d.readAgain(func(opts *sheet.ReadOptions) {
		opts.SchoolData.ProtectedList, opts.SchoolData.ProtectedListName = list, path
	})
}
