package ui

import (
	"errors"
	"testing"

	"rosterdesk/internal/sheet"
)

func TestErrorTextTranslates(t *testing.T) {
	t.Cleanup(func() { _ = useLanguage("en") }) // the other tests read English
	if err := useLanguage("sv"); err != nil {
		t.Fatal(err)
	}
	err := &sheet.FileError{Path: "/x/Elevlistor för åk 9/lista.xlsx", Row: 12, Column: "C", Err: sheet.ErrWrongPassword}
	if got, want := errorText(err), "lista.xlsx, rad 12, kolumn C: lösenordet är fel"; got != want {
		t.Errorf("errorText = %q, want %q", got, want)
	}
	plain := errors.New("the disk is full")
	if got := errorText(plain); got != "the disk is full" {
		t.Errorf("an error without a Text keeps its words, got %q", got)
	}
}
