// Command rosterdesk is Roster Desk's window: open the list a school
// system exported, fix what the upload file would refuse, and export it.
//
//	rosterdesk [FILE...]
//
// Several files are opened as one list, as File > Add rows from file…
// adds them.
package main

import (
	"os"
	"runtime/debug"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"rosterdesk/assets"
	"rosterdesk/internal/editor"
	"rosterdesk/internal/tempfiles"
	"rosterdesk/internal/ui"
)

// appID names the app for its preferences and the desktop.
const appID = "se.rosterdesk.app"

func main() {
	ui.PaceMemory(os.Getenv, debug.SetGCPercent)
	a := app.NewWithID(appID)
	a.SetIcon(assets.Icon)
	// Language (the system's or the one chosen in Preferences) and theme
	// come before any window is built.
	ui.UsePreferences(a)
	u := ui.New(a)
	u.LimitMemory(os.Getenv, debug.SetMemoryLimit)
	u.FitScreen(primaryScreen)
	// Temporary files with personal data that a killed run left behind go
	// first; this run's own go when it is interrupted or terminated.
	tempfiles.ExitOnInterrupt()
	go tempfiles.RemoveStale(u.SaveFolders()...)
	if dir, err := editor.RecoveryDir(); err == nil {
		fyne.Do(func() { u.EnableRecovery(dir) })
	}
	if paths := os.Args[1:]; len(paths) > 0 {
		fyne.Do(func() { u.OpenFiles(paths...) })
	}
	u.ShowAndRun()
}
