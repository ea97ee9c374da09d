package ui

import (
	"time"

	"fyne.io/fyne/v2"
)

// scheduler is the window's one seam for work that does not run now on
// the window's goroutine: a refresh put off until the edits pause, and the
// reading and writing of files, which runs on another goroutine so that
// the window keeps answering. Everything either hands back runs on the
// window's goroutine. Tests put a scheduler of their own in its place
// (manualScheduler), which runs what the window hands it on the test's
// goroutine.
type scheduler interface {
	// after runs f on the window's goroutine d from now.
	after(d time.Duration, f func())
	// background runs work on another goroutine and then done on the
	// window's. work must touch nothing the window uses: it gets its data
	// before and hands its result to done.
	background(work, done func())
}

// fyneScheduler is the window's own scheduler: a timer or a goroutine,
// handing back through Fyne's queue for the window's goroutine.
type fyneScheduler struct{}

func (fyneScheduler) after(d time.Duration, f func()) {
	time.AfterFunc(d, func() { fyne.Do(f) })
}

func (fyneScheduler) background(work, done func()) {
	go func() {
		work()
		fyne.Do(done)
	}()
}
