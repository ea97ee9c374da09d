package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"rosterdesk/internal/i18n"
)

// runner is one run of the command line, and the language its text
// speaks. Each run carries its own, so that runs (and the tests that make
// them) share no language.
type runner struct {
	// words is the catalog of the run's language, set by chooseLanguage;
	// nil is English. Only the text output uses it: the --json report
	// stays in English, the language of the contract.
	words i18n.Catalog

	// getenv reads the environment, and systemLocale names the system's
	// language where the environment does not (Windows; nil elsewhere):
	// where the language comes from when --lang is not given. Tests give
	// their own.
	getenv       func(string) string
	systemLocale func() string
	// setMemoryLimit is debug.SetMemoryLimit in the program (limitMemoryTo);
	// nil in tests, whose process it would change for every test.
	setMemoryLimit func(int64) int64
}

// systemLocale names the system's language where the environment does not
// (Windows); nil elsewhere.
var systemLocale func() string

// tr returns an English format string, the key of its translations,
// formatted in the run's language.
func (r *runner) tr(format string, args ...any) string { return i18n.T(format, args...).In(r.words) }

// chooseLanguage takes --lang X (or --lang=X, -lang) out of args wherever
// it stands, and sets the run's words to that language, or the system's
// when there is no flag. It reports false, after saying why, for a
// language the program does not speak.
func (r *runner) chooseLanguage(args []string, stderr io.Writer) ([]string, bool) {
	language := ""
	rest := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		name, value, hasValue := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		if !strings.HasPrefix(args[i], "-") || name != "lang" {
			rest = append(rest, args[i])
			continue
		}
		if !hasValue {
			if i+1 == len(args) {
				fmt.Fprintln(stderr, "roster: --lang needs a language: en, sv or fi")
				return nil, false
			}
			i++
			value = args[i]
		}
		language = strings.ToLower(value)
		if !slices.Contains(i18n.Languages, language) {
			fmt.Fprintf(stderr, "roster: --lang %q: the languages are en, sv and fi\n", value)
			return nil, false
		}
	}
	if language == "" {
		language = i18n.FromEnvironment(r.getenv)
		if r.systemLocale != nil && r.getenv("LC_ALL")+r.getenv("LC_MESSAGES")+r.getenv("LANG")+r.getenv("LANGUAGE") == "" {
			language = i18n.Match(r.systemLocale())
		}
	}
	c, err := i18n.Load(language)
	if err != nil {
		fmt.Fprintf(stderr, "roster: %v\n", err)
		return nil, false
	}
	r.words = c
	return rest, true
}

// sayError is an error on one line in the run's language: the errors of
// the lower layers carry their message as an i18n.Text (a FileError names
// the file, row and column, then its cause). An error without one keeps
// its English words.
func (r *runner) sayError(err error) string {
	msg := err.Error()
	if t, ok := i18n.TextOf(err); ok {
		msg = t.In(r.words)
	}
	return strings.Join(strings.Fields(msg), " ")
}
