//go:build !wasm && !test_web_driver

package glfw

// This file is not Fyne's: Roster Desk adds it to Fyne 2.7.1 through Go's
// -overlay build flag (third_party/fyneidle in Roster Desk's repository,
// whose README says why). With it, runGL (loop.go) stops polling GLFW 60
// times a second while nothing happens: once idleAfterTicks ticks in a row
// have painted nothing and animated nothing, the main thread waits in
// glfw.WaitEventsTimeout for the next input or window event, for at most
// idleWait. Whatever hands the main thread work from another goroutine
// (runOnMainWithWait: fyne.Do, fyne.DoAndWait; StartAnimation; Quit)
// wakes it with glfw.PostEmptyEvent.

import (
	"sync"
	"sync/atomic"

	"github.com/go-gl/glfw/v3.3/glfw"
)

const (
	// idleAfterTicks quiet ticks (100 ms at 60 a second) before waiting.
	idleAfterTicks = 6
	// idleWait is the longest wait, in seconds: a bound for anything that
	// changes a window from another goroutine without fyne.Do.
	idleWait = 0.5
)

var (
	// queued counts the functions sent to funcQueue and not yet taken out.
	// A sender counts its function before sending it, so the main thread
	// never waits while one is on its way through the unbounded channel.
	queued atomic.Int64
	// mainWaiting is set while the main thread waits, or is about to.
	mainWaiting atomic.Bool

	wakeMu sync.Mutex
	// wakeable: GLFW is initialised and not terminated, so that
	// glfw.PostEmptyEvent may be called.
	wakeable bool
)

// setWakeable allows wakeMain to post empty events, or stops it (before
// glfw.Terminate).
func setWakeable(on bool) {
	wakeMu.Lock()
	wakeable = on
	wakeMu.Unlock()
}

// wakeMain ends the main thread's wait for events, if it waits; any
// goroutine may call it after handing the main thread work.
func wakeMain() {
	if !mainWaiting.Load() {
		return
	}
	wakeMu.Lock()
	if wakeable {
		glfw.PostEmptyEvent()
	}
	wakeMu.Unlock()
}

// waitEvents processes the pending events as pollEvents does, but first
// waits up to idleWait for one when there is no work for the main thread.
// mainWaiting is set before the checks: a goroutine that queues work after
// them sees it set and posts an empty event, which ends the wait.
func (d *gLDriver) waitEvents() {
	mainWaiting.Store(true)
	defer mainWaiting.Store(false)
	select {
	case <-d.done:
		glfw.PollEvents()
		return
	default:
	}
	if queued.Load() > 0 || d.animation.Active() {
		glfw.PollEvents()
		return
	}
	glfw.WaitEventsTimeout(idleWait)
}

// expanding reports whether a window still has to grow to its content's
// minimum size, which runGL does on its next tick.
func (d *gLDriver) expanding() bool {
	for _, w := range d.windows {
		if w.(*window).shouldExpand {
			return true
		}
	}
	return false
}
