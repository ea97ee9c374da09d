// Package version is Roster Desk's name, id, version and build number:
// the one source for the command line (roster --version), the window's
// About dialog and metadata, and the Windows build, which reads
// FyneApp.toml (a test in assets keeps that file equal to these). It
// imports nothing, so that every program may use it.
package version

import "strconv"

const (
	Name   = "Roster Desk"
	ID     = "se.rosterdesk.app"
	Number = "0.1.0"
	Build  = 1
)

// String is the version as people read it, "0.1.0 (build 1)".
func String() string { return Number + " (build " + strconv.Itoa(Build) + ")" }
