package ui

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// manualScheduler is the window's scheduler in tests: what the window
// hands back runs on the test's goroutine, so that a test never races the
// window it looks at (Fyne's test driver runs fyne.Do inline, on whatever
// goroutine calls it).
//
// A put-off refresh (after) waits until the test calls runLater. Work in
// the background runs at once on the test's goroutine, done right after
// it, unless hold is set: then work runs on a goroutine of its own, as in
// the window, and its done waits until the test calls settle.
type manualScheduler struct {
	// hold keeps background work in flight until settle.
	hold bool
	// gate, when not nil, holds back the start of held work until it is
	// closed, so that a test knows the work is in flight.
	gate chan struct{}
	// discardLater drops the put-off refreshes (benchmarks measure them on
	// their own).
	discardLater bool

	waits []time.Duration
	later []func()

	running  sync.WaitGroup
	inFlight atomic.Int32
	mu       sync.Mutex
	finished []func()
}

// useManualScheduler gives u a manualScheduler, and makes the test wait
// at its end for any work it left in flight, so that no read outlives it.
func useManualScheduler(tb testing.TB, u *UI) *manualScheduler {
	m := &manualScheduler{}
	u.sched = m
	tb.Cleanup(m.running.Wait)
	return m
}

// manual returns the test scheduler newTestUI gave u.
func manual(u *UI) *manualScheduler { return u.sched.(*manualScheduler) }

func (m *manualScheduler) after(d time.Duration, f func()) {
	if m.discardLater {
		return
	}
	m.waits = append(m.waits, d)
	m.later = append(m.later, f)
}

// runLater runs the put-off refreshes, as their timers would.
func (m *manualScheduler) runLater() {
	later := m.later
	m.later, m.waits = nil, nil
	for _, f := range later {
		f()
	}
}

func (m *manualScheduler) background(work, done func()) {
	if !m.hold {
		work()
		done()
		return
	}
	m.running.Add(1)
	m.inFlight.Add(1)
	gate := m.gate
	go func() {
		defer m.running.Done()
		if gate != nil {
			<-gate
		}
		work()
		m.mu.Lock()
		m.finished = append(m.finished, done)
		m.mu.Unlock()
		m.inFlight.Add(-1)
	}()
}

// busy reports whether background work is still running.
func (m *manualScheduler) busy() bool { return m.inFlight.Load() > 0 }

// settle waits for the background work and runs what it hands back, on
// the test's goroutine, until none is left.
func (m *manualScheduler) settle() {
	for {
		m.running.Wait()
		m.mu.Lock()
		done := m.finished
		m.finished = nil
		m.mu.Unlock()
		if len(done) == 0 {
			return
		}
		for _, f := range done {
			f()
		}
	}
}

// The window's own scheduler runs a put-off refresh once its time has
// come, through Fyne's queue for the window's goroutine.
func TestFyneSchedulerRunsLater(t *testing.T) {
	test.NewTempApp(t)
	start := time.Now()
	done := make(chan time.Duration, 1)
	fyneScheduler{}.after(50*time.Millisecond, func() { done <- time.Since(start) })
	select {
	case d := <-done:
		if d < 50*time.Millisecond {
			t.Errorf("ran after %v, before its time", d)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("never ran")
	}
}

// The window's own scheduler runs work on another goroutine and hands
// its result to done.
func TestFyneSchedulerRunsWorkThenDone(t *testing.T) {
	test.NewTempApp(t)
	release := make(chan struct{})
	got := make(chan int, 1)
	var result int
	fyneScheduler{}.background(func() {
		<-release // the caller goes on while the work waits
		result = 42
	}, func() { got <- result })
	close(release)
	select {
	case r := <-got:
		if r != 42 {
			t.Errorf("done saw %d, want the work's 42", r)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("done never ran")
	}
}
