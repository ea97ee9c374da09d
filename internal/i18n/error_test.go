package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"testing"
)

func TestErrorSaysItsTextAndKeepsItsChain(t *testing.T) {
	kind := errors.New("a kind")
	err := fmt.Errorf("wrapped: %w", &Error{Message: T("the file %q is gone", "a.xlsx"), Kinds: []error{kind}, Detail: fs.ErrNotExist})
	var e *Error
	if !errors.As(err, &e) || e.Error() != `the file "a.xlsx" is gone` {
		t.Fatalf("Error() = %v", err)
	}
	if !errors.Is(err, kind) || !errors.Is(err, fs.ErrNotExist) {
		t.Error("the kinds and the detail must stay in the chain")
	}
	sv := Catalog{"the file %q is gone": "filen %q är borta"}
	if text, ok := TextOf(err); !ok || text.In(sv) != `filen "a.xlsx" är borta` {
		t.Errorf("TextOf = %v, %v", text, ok)
	}
	if _, ok := TextOf(errors.New("plain")); ok {
		t.Error("a plain error has no Text")
	}
	if !errors.Is(NewError(T("x"), fs.ErrPermission), fs.ErrPermission) {
		t.Error("NewError keeps its detail")
	}
}
