package i18n

import "fmt"

// Text is a message waiting for its language: Format is the English
// format string and the key of its translations; Args fill its verbs.
// An argument that is itself a Text is translated too.
type Text struct {
	Format string
	Args   []any
}

// T returns the Text of an English format string and its arguments.
func T(format string, args ...any) Text { return Text{Format: format, Args: args} }

// String returns the message in English.
func (t Text) String() string { return t.In(nil) }

// IsZero reports whether t holds no message.
func (t Text) IsZero() bool { return t.Format == "" }

// In returns the message in catalog c's language; a nil catalog is English,
// and a key c lacks falls back to English.
func (t Text) In(c Catalog) string {
	format := c.Lookup(t.Format)
	if len(t.Args) == 0 {
		return format
	}
	args := make([]any, len(t.Args))
	for i, a := range t.Args {
		if inner, ok := a.(Text); ok {
			a = inner.In(c)
		}
		args[i] = a
	}
	return fmt.Sprintf(format, args...)
}
