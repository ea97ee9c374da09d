//go:build !cgo || ci

package main

import "rosterdesk/internal/ui"

// primaryScreen is unknown where Fyne draws without GLFW: a build without
// cgo, or with the tag ci, whose Fyne is its test driver (the tests and
// checks that need no display). The window then opens at the remembered
// size, or at one that fits most laptop screens.
func primaryScreen() (ui.Screen, bool) { return ui.Screen{}, false }
