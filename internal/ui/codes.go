package ui

import "rosterdesk/internal/check"

// codeTitle names a kind of problem for the heading of its group, in the
// window's language: the title check gives every code.
func codeTitle(c check.Code) string { return say(c.Title()) }
