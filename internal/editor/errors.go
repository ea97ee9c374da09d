package editor

import "rosterdesk/internal/i18n"

// textError is an error whose message waits for its language: Error is
// the English text, Text the translatable one that the window and the
// command line show. detail, the error it explains (often the system's,
// naming whole paths), stays in the chain for errors.Is but out of the
// message.
type textError struct {
	text   i18n.Text
	detail error
}

func (e *textError) Error() string { return e.text.String() }

// Text returns the message, to be shown in the user's language.
func (e *textError) Text() i18n.Text { return e.text }

func (e *textError) Unwrap() error { return e.detail }

// errRecoveryOff explains why a journal cannot be kept; a cause that
// already says it in words is kept as it is.
func errRecoveryOff(err error) error {
	if _, ok := err.(*textError); ok || err == nil {
		return err
	}
	return &textError{text: i18n.T("the recovery folder cannot be written"), detail: err}
}
