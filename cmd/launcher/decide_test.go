package main

import (
	"slices"
	"testing"
)

func TestFirstRenderer(t *testing.T) {
	good := probeResult{Version: "4.6.0", Renderer: "GPU"}
	old := probeResult{Version: "1.1.0", Renderer: "GDI Generic"}
	none := probeResult{Err: "wglCreateContext failed"}
	for _, tc := range []struct {
		forced bool
		probe  probeResult
		want   renderer
	}{
		{false, good, systemGL},
		{true, good, softwareGL},
		{false, old, softwareGL},
		{false, none, softwareGL},
	} {
		if got := firstRenderer(tc.forced, tc.probe); got != tc.want {
			t.Errorf("firstRenderer(%v, %+v) = %s, want %s", tc.forced, tc.probe, got, tc.want)
		}
	}
}

func TestForcedByEnv(t *testing.T) {
	for v, want := range map[string]bool{"1": true, "true": true, "YES": true, "": false, "0": false, "no": false} {
		if got := forcedByEnv(func(string) string { return v }); got != want {
			t.Errorf("%s=%q forces software: %v, want %v", envSoftware, v, got, want)
		}
	}
}

func TestChildEnvSaysTheRenderer(t *testing.T) {
	environ := []string{"PATH=x", "ROSTERDESK_RENDERER=stale", "Rosterdesk_GL_Renderer=stale"}
	got := childEnv(environ, systemGL, probeResult{Version: "4.6", Renderer: "GeForce"})
	want := []string{"PATH=x", "ROSTERDESK_RENDERER=system", "ROSTERDESK_GL_RENDERER=GeForce"}
	if !slices.Equal(got, want) {
		t.Errorf("system: %q, want %q", got, want)
	}
	got = childEnv(environ, softwareGL, probeResult{Version: "1.1.0", Renderer: "GDI Generic"})
	want = []string{"PATH=x", "ROSTERDESK_RENDERER=software"}
	if !slices.Equal(got, want) {
		t.Errorf("software: %q, want %q", got, want)
	}
}

func TestGLFailure(t *testing.T) {
	for s, want := range map[string]bool{
		"2026/12/02 Fyne error:  window creation error\n  Cause: WGL: The driver does not appear to support OpenGL": true,
		"Cause: WGL: Failed to create OpenGL context":                                                               true,
		"Fyne error: Could not open the file":                                                                       false,
		"":                                                                                                          false,
	} {
		if got := glFailure(s); got != want {
			t.Errorf("glFailure(%q) = %v, want %v", s, got, want)
		}
	}
}
