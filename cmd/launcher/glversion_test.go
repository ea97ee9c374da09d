package main

import "testing"

func TestGLVersionOK(t *testing.T) {
	for v, want := range map[string]bool{
		"4.6.0 NVIDIA 551.23":            true,
		"2.1 Mesa 22.3.6":                true,
		"3.3 (Core Profile) Mesa 22.3.6": true,
		"2.1.0 - Build 8.15.10.2900":     true,
		"2.0.0":                          false,
		"1.1.0":                          false,
		"1.4 (2.1 Mesa 22.3.6)":          false,
		"":                               false,
		"OpenGL ES 3.2":                  false,
		"10.0":                           true,
		" 2.1":                           true,
	} {
		if got := glVersionOK(v); got != want {
			t.Errorf("glVersionOK(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestProbeAnswerRoundTrips(t *testing.T) {
	in := probeResult{Version: "4.6.0 NVIDIA", Renderer: "GeForce\nGTX", Err: ""}
	got := parseProbe(in.String())
	if got.Version != "4.6.0 NVIDIA" || got.Renderer != "GeForce GTX" || !got.OK() {
		t.Errorf("parseProbe(String()) = %+v", got)
	}
	if p := parseProbe(""); p.OK() || p.Err == "" {
		t.Errorf("an empty answer (a crashed probe) = %+v, want an error", p)
	}
	if p := parseProbe(probeResult{Err: "wglCreateContext failed"}.String()); p.OK() {
		t.Errorf("a failed probe reads as OK: %+v", p)
	}
}
