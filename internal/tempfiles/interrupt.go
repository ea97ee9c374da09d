package tempfiles

import (
	"errors"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// temporaries holds a run's temporary files and folders while they
// exist, so that an interrupted run removes them before it exits.
type temporaries struct {
	mu      sync.Mutex
	paths   map[string]io.Closer // the file held open, or nil
	stopped bool
}

// inFlight are this process's temporary files and folders: state of the
// process, as the files are.
var inFlight = &temporaries{paths: map[string]io.Closer{}}

// errInterrupted is returned for a temporary file asked for while the
// run is being stopped.
var errInterrupted = errors.New("the program is being stopped")

// make makes a temporary file or folder with create, which returns its
// path and the file this run holds open in it (nil if none; it is closed
// before the removal, as Windows removes no open file), and notes it.
// Making and noting are one step, so that a stop in between cannot miss
// it; while the run is being stopped nothing is made.
func (t *temporaries) make(create func() (path string, open io.Closer, err error)) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped {
		return errInterrupted
	}
	path, open, err := create()
	if err != nil {
		return err
	}
	t.paths[path] = open
	return nil
}

// remove closes open, if any, and removes path and everything in it.
func remove(path string, open io.Closer) {
	if open != nil {
		open.Close()
	}
	os.RemoveAll(path)
}

// forget drops a temporary file or folder that became the saved file or
// was removed.
func (t *temporaries) forget(path string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.paths, path)
}

// stop removes every temporary file and folder, and makes no more.
func (t *temporaries) stop() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.stopped = true
	for path, open := range t.paths {
		remove(path, open)
	}
}

// Track makes a temporary file or folder with create and notes it, to be
// removed if the run is stopped (see temporaries.make).
func Track(create func() (path string, open io.Closer, err error)) error {
	return inFlight.make(create)
}

// Untrack forgets a temporary file or folder that became the saved file
// or was removed.
func Untrack(path string) { inFlight.forget(path) }

// RemoveOwnTemporaries removes this run's temporary files and folders and
// any made from now on: a program calls it when it is stopped, just
// before it exits. A save under way fails and leaves the old file as it
// was.
func RemoveOwnTemporaries() { inFlight.stop() }

// ExitOnInterrupt makes an interrupt (Ctrl+C, SIGINT) or SIGTERM remove
// this run's temporary files (RemoveOwnTemporaries) and end the program
// with the shell's code for the signal: 130 or 143.
func ExitOnInterrupt() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-c
		RemoveOwnTemporaries()
		if s == syscall.SIGTERM {
			os.Exit(128 + 15)
		}
		os.Exit(128 + 2)
	}()
}
