package i18n

import "errors"

// Error is an error whose message waits for its language: Error returns
// the English text, Text the translatable one that the window and the
// command line show. It is each of Kinds for errors.Is, and keeps Detail
// (a library's or the system's error, which can quote a file or name a
// whole path) in the chain but out of the message.
type Error struct {
	Message Text
	// Window, when set, is what the window says instead of Message, whose
	// advice is a command-line option ("name the sheet with --sheet").
	Window Text
	Kinds  []error
	Detail error
}

// NewError returns an Error saying message, with detail (which may be
// nil) in its chain.
func NewError(message Text, detail error) *Error { return &Error{Message: message, Detail: detail} }

func (e *Error) Error() string { return e.Message.String() }

// Text returns the message, to be shown in the user's language.
func (e *Error) Text() Text { return e.Message }

// WindowText returns the message as the window says it: Window, or
// Message where the two are one.
func (e *Error) WindowText() Text {
	if e.Window.Format != "" {
		return e.Window
	}
	return e.Message
}

// Unwrap returns the kinds and the detail.
func (e *Error) Unwrap() []error {
	if e.Detail == nil {
		return e.Kinds
	}
	return append(append([]error(nil), e.Kinds...), e.Detail)
}

// TextOf returns the message of err, or of the first error in its chain
// that has one, as a Text; false when none has.
func TextOf(err error) (Text, bool) {
	if t, ok := errors.AsType[interface {
		error
		Text() Text
	}](err); ok {
		return t.Text(), true
	}
	return Text{}, false
}

// WindowTextOf is TextOf as the window says it: the message of the first
// error in err's chain that has one, by its WindowText where it has one
// (an error whose advice differs in the window, or that holds such an
// error).
func WindowTextOf(err error) (Text, bool) {
	t, ok := errors.AsType[interface {
		error
		Text() Text
	}](err)
	if !ok {
		return Text{}, false
	}
	if w, ok := t.(interface{ WindowText() Text }); ok {
		return w.WindowText(), true
	}
	return t.Text(), true
}
