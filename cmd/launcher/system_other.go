//go:build !windows

package main

import (
	"fmt"
	"os"

	"rosterdesk/internal/i18n"
)

// probeOpenGL: the launcher serves the Windows zip; elsewhere the system's
// OpenGL is taken as it is.
func probeOpenGL() probeResult { return probeResult{Version: "2.1", Renderer: "not probed"} }

// showMessage writes the message to the error output.
func showMessage(title, text string) { fmt.Fprintf(os.Stderr, "%s\n\n%s\n", title, text) }

// userLocale is the locale of the environment, as gettext reads it.
func userLocale() string { return i18n.FromEnvironment(os.Getenv) }
