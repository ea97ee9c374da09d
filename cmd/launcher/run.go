package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// platform is what the launcher needs of the operating system; tests
// replace it.
type platform interface {
	// probe asks a child process what the system's OpenGL offers.
	probe() probeResult
	// start runs the window program to its end; see startWindow.
	start(exe string, args, env []string) outcome
	// messageBox shows a message the user must acknowledge.
	messageBox(title, text string)
	// locale is the user's locale name, such as "sv-SE".
	locale() string
}

// outcome is how a run of the window program ended.
type outcome struct {
	// code is its exit code.
	code int
	// glFailed: it could not get an OpenGL context.
	glFailed bool
	// err: it could not be started at all (a missing file).
	err error
}

// launch starts the window program in dir with the renderer chosen, falls
// back to the software renderer when the system's OpenGL fails, and shows
// a message when that fails too. It returns the exit code for the
// launcher.
func launch(p platform, dir string, args, environ []string, prefs preferences) int {
	getenv := func(name string) string {
		for _, kv := range environ {
			if k, v, _ := strings.Cut(kv, "="); strings.EqualFold(k, name) {
				return v
			}
		}
		return ""
	}
	forced := forcedByEnv(getenv) || prefs.Software
	var probe probeResult
	if !forced {
		probe = p.probe()
	}
	r := firstRenderer(forced, probe)
	for {
		o := p.start(windowPath(dir, r), args, childEnv(environ, r, probe))
		if o.err == nil && !o.glFailed {
			return o.code
		}
		if r == systemGL {
			r = softwareGL
			continue
		}
		title, text := failureText(pickLanguage(prefs.Language, p.locale()), dir)
		p.messageBox(title, text)
		return 1
	}
}

// probeTimeout bounds the OpenGL probe: a driver that hangs counts as
// none.
const probeTimeout = 20 * time.Second

// probeChild runs the launcher itself with probeFlag and reads its
// answer; a child that crashes or hangs found no usable OpenGL.
func probeChild(self string) probeResult {
	ctx, cancel := context.WithTimeout(context.Background(), probeTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, self, probeFlag).Output()
	if err != nil {
		return probeResult{Err: "the OpenGL probe failed: " + err.Error()}
	}
	return parseProbe(string(out))
}

// glGrace is how long a window program that reported an OpenGL failure
// may take to exit by itself before it is stopped.
const glGrace = 3 * time.Second

// startWindow runs exe with args and env until it exits, passing its
// output through, and watches its error output for an OpenGL failure:
// Fyne logs it and may then stay running with no window, so a program
// that reported one is stopped after glGrace.
func startWindow(exe string, args, env []string, stdout, stderr io.Writer) outcome {
	cmd := exec.Command(exe, args...)
	cmd.Env = env
	cmd.Stdout = stdout
	w := &glWatch{out: stderr, failed: make(chan struct{})}
	cmd.Stderr = w
	if err := cmd.Start(); err != nil {
		return outcome{err: err}
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-w.failed:
		select {
		case err = <-done:
		case <-time.After(glGrace):
			_ = cmd.Process.Kill()
			err = <-done
		}
	}
	o := outcome{glFailed: w.sawFailure()}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		o.code = exit.ExitCode()
	} else if err != nil {
		o.err = err
	}
	return o
}

// glWatch passes the window program's error output on and notices an
// OpenGL failure in it. It keeps only the last few kilobytes it looks
// at, and none of it after the program ends.
type glWatch struct {
	out    io.Writer
	mu     sync.Mutex
	tail   []byte
	seen   bool
	failed chan struct{}
}

// watchTail is how much of the error output is looked at across writes.
const watchTail = 4096

func (w *glWatch) Write(b []byte) (int, error) {
	if w.out != nil {
		_, _ = w.out.Write(b)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.tail = append(w.tail, b...)
	if len(w.tail) > watchTail {
		w.tail = bytes.Clone(w.tail[len(w.tail)-watchTail:])
	}
	if !w.seen && glFailure(string(w.tail)) {
		w.seen = true
		close(w.failed)
	}
	return len(b), nil
}

func (w *glWatch) sawFailure() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.seen
}

// osPlatform is the real operating system.
type osPlatform struct{ self string }

func (p osPlatform) probe() probeResult { return probeChild(p.self) }

func (p osPlatform) start(exe string, args, env []string) outcome {
	return startWindow(exe, args, env, os.Stdout, os.Stderr)
}

func (p osPlatform) messageBox(title, text string) { showMessage(title, text) }

func (p osPlatform) locale() string { return userLocale() }
