package main

import (
	"testing"

	"rosterdesk/assets"
	"rosterdesk/internal/version"
)

// TestVersionIsTheWindows: roster --version prints the version the
// window's About shows (its metadata: assets, from internal/version).
func TestVersionIsTheWindows(t *testing.T) {
	for _, arg := range []string{"--version", "-version", "version"} {
		code, out, errs := runRoster(arg)
		if code != exitOK || errs != "" {
			t.Errorf("roster %s: exit %d, %q", arg, code, errs)
		}
		if want := "roster " + assets.AppVersion + " (build 1)\n"; version.Build == 1 && out != want {
			t.Errorf("roster %s printed %q, want %q", arg, out, want)
		}
		if want := "roster " + version.String() + "\n"; out != want {
			t.Errorf("roster %s printed %q, want %q", arg, out, want)
		}
	}
}
