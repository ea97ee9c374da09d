// Command launcher is the Windows zip's rosterdesk.exe: it starts the
// window program, lib\rosterdesk-window.exe, with the PC's own OpenGL
// when that gives version 2.1 or later, and otherwise the copy in
// lib\software-gl, which draws with Mesa's software renderer. It uses no
// OpenGL itself: it asks a child, itself run with --probe-opengl, which
// loads the system's opengl32.dll dynamically, so a driver that crashes
// or hangs takes only the probe with it. The environment variable
// ROSTERDESK_SOFTWARE_GL=1 or the window's preference forces the software
// renderer. Where neither renderer works it says so in a message box, in
// the user's language, with what to do instead.
//
//	rosterdesk.exe [FILE]
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	if len(os.Args) == 2 && os.Args[1] == probeFlag {
		r := probeOpenGL()
		fmt.Print(r.String())
		return
	}
	self, err := os.Executable()
	if err != nil {
		showMessage("Roster Desk", err.Error())
		os.Exit(1)
	}
	var prefs preferences
	if dir, err := os.UserConfigDir(); err == nil {
		prefs = readPreferences(preferencesPath(dir))
	}
	os.Exit(launch(osPlatform{self}, filepath.Dir(self), os.Args[1:], os.Environ(), prefs))
}
