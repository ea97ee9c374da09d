package editor

import "rosterdesk/internal/i18n"

// errRecoveryOff explains why a journal cannot be kept; a cause that
// already says it in words is kept as it is.
func errRecoveryOff(err error) error {
	if _, ok := err.(*i18n.Error); ok || err == nil {
		return err
	}
	return i18n.NewError(i18n.T("the recovery folder cannot be written"), err)
}
