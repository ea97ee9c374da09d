package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// fakePlatform records what launch asked of it.
type fakePlatform struct {
	probed  bool
	probeIs probeResult
	// results are the outcomes of the starts, in turn.
	results []outcome
	started []string
	envs    [][]string
	shown   string
}

func (f *fakePlatform) probe() probeResult { f.probed = true; return f.probeIs }

func (f *fakePlatform) start(exe string, args, env []string) outcome {
	f.started = append(f.started, exe+" "+strings.Join(args, " "))
	f.envs = append(f.envs, env)
	o := f.results[0]
	f.results = f.results[1:]
	return o
}

func (f *fakePlatform) messageBox(title, text string) { f.shown = title + "\n" + text }
func (f *fakePlatform) locale() string                { return "sv-SE" }

func TestLaunch(t *testing.T) {
	dir := filepath.Join("top")
	system := filepath.Join(dir, "lib", "rosterdesk-window.exe") + " list.csv"
	software := filepath.Join(dir, "lib", "software-gl", "rosterdesk-window.exe") + " list.csv"
	good := probeResult{Version: "4.6.0", Renderer: "GPU"}
	old := probeResult{Version: "1.1.0", Renderer: "GDI Generic"}
	ok, glFail := outcome{}, outcome{glFailed: true}
	missing := outcome{err: errors.New("file not found")}
	for _, tc := range []struct {
		name    string
		env     []string
		prefs   preferences
		probe   probeResult
		results []outcome
		probed  bool
		started []string
		code    int
		message bool
	}{
		{"a good OpenGL", nil, preferences{}, good, []outcome{ok}, true, []string{system}, 0, false},
		{"the exit code passes through", nil, preferences{}, good, []outcome{{code: 3}}, true, []string{system}, 3, false},
		{"OpenGL 1.1", nil, preferences{}, old, []outcome{ok}, true, []string{software}, 0, false},
		{"the environment forces software", []string{"ROSTERDESK_SOFTWARE_GL=1"}, preferences{}, good, []outcome{ok}, false, []string{software}, 0, false},
		{"the preference forces software", nil, preferences{Software: true}, good, []outcome{ok}, false, []string{software}, 0, false},
		{"the probe was wrong", nil, preferences{}, good, []outcome{glFail, ok}, true, []string{system, software}, 0, false},
		{"nothing works", nil, preferences{}, good, []outcome{glFail, glFail}, true, []string{system, software}, 1, true},
		{"no software renderer in the folder", nil, preferences{}, old, []outcome{missing}, true, []string{software}, 1, true},
	} {
		f := &fakePlatform{probeIs: tc.probe, results: tc.results}
		code := launch(f, dir, []string{"list.csv"}, tc.env, tc.prefs)
		if code != tc.code || f.probed != tc.probed || !slices.Equal(f.started, tc.started) || (f.shown != "") != tc.message {
			t.Errorf("%s: code %d, probed %v, started %q, message %q; want %d, %v, %q, message %v",
				tc.name, code, f.probed, f.started, f.shown, tc.code, tc.probed, tc.started, tc.message)
		}
		if tc.message && !strings.HasPrefix(f.shown, "Roster Desk kan inte öppna sitt fönster") {
			t.Errorf("%s: the message is not in the system's language (Swedish): %q", tc.name, f.shown)
		}
	}
}

func TestLaunchTellsTheWindowItsRenderer(t *testing.T) {
	f := &fakePlatform{probeIs: probeResult{Version: "4.6.0", Renderer: "GPU"}, results: []outcome{{glFailed: true}, {}}}
	launch(f, "top", nil, []string{"HOME=h"}, preferences{})
	if !slices.Contains(f.envs[0], "ROSTERDESK_RENDERER=system") || !slices.Contains(f.envs[0], "ROSTERDESK_GL_RENDERER=GPU") {
		t.Errorf("first start's environment %q", f.envs[0])
	}
	if !slices.Contains(f.envs[1], "ROSTERDESK_RENDERER=software") || !slices.Contains(f.envs[1], "HOME=h") {
		t.Errorf("second start's environment %q", f.envs[1])
	}
}

// The test binary stands in for the window program when run with
// LAUNCHER_TEST_CHILD set: it prints, fails or hangs as told.
func TestMain(m *testing.M) {
	switch os.Getenv("LAUNCHER_TEST_CHILD") {
	case "":
		os.Exit(m.Run())
	case "ok":
		fmt.Println("args:", strings.Join(os.Args[1:], "|"), "renderer:", os.Getenv(envRenderer))
		os.Exit(0)
	case "exit3":
		os.Exit(3)
	case "gl-then-hang":
		fmt.Fprintln(os.Stderr, "Fyne error:  window creation error")
		fmt.Fprintln(os.Stderr, "  Cause: WGL: Failed to create OpenGL context")
		time.Sleep(time.Minute)
		os.Exit(0)
	}
}

func childEnvFor(mode string) []string {
	return append(os.Environ(), "LAUNCHER_TEST_CHILD="+mode, envRenderer+"=software")
}

func TestStartWindow(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	o := startWindow(self, []string{"C:\\Elevlistor för åk 9\\lista.csv", "x y"}, childEnvFor("ok"), &out, io.Discard)
	if o != (outcome{}) || out.String() != "args: C:\\Elevlistor för åk 9\\lista.csv|x y renderer: software\n" {
		t.Errorf("ok: %+v, output %q", o, out.String())
	}
	if o := startWindow(self, nil, childEnvFor("exit3"), io.Discard, io.Discard); o.code != 3 || o.glFailed || o.err != nil {
		t.Errorf("exit 3: %+v", o)
	}
	start := time.Now()
	var stderr strings.Builder
	o = startWindow(self, nil, childEnvFor("gl-then-hang"), io.Discard, &stderr)
	if !o.glFailed || o.err != nil || time.Since(start) > glGrace+10*time.Second {
		t.Errorf("an OpenGL failure that hangs: %+v after %s", o, time.Since(start))
	}
	if !strings.Contains(stderr.String(), "WGL: Failed") {
		t.Errorf("the window program's error output was not passed on: %q", stderr.String())
	}
	if o := startWindow(filepath.Join(t.TempDir(), "missing.exe"), nil, nil, io.Discard, io.Discard); o.err == nil {
		t.Errorf("a missing program: %+v, want an error", o)
	}
}
