package main

import "github.com/jeandeaual/go-locale"

// On Windows the language is the user's display language, which no
// environment variable carries; LANG and the others still win when set.
func init() {
	systemLocale = func() string {
		l, err := locale.GetLocale()
		if err != nil {
			return ""
		}
		return l
	}
}
