package main

import (
	"strconv"
	"strings"
)

// minGL is the OpenGL version Fyne draws with.
var minGL = [2]int{2, 1}

// glVersionOK reports whether an OpenGL version string, as glGetString
// (GL_VERSION) gives it ("4.6.0 NVIDIA 551.23", "2.1 Mesa 22.3.6", "1.1.0"
// from Windows' own GDI renderer), is minGL or newer.
func glVersionOK(version string) bool {
	num, _, _ := strings.Cut(strings.TrimSpace(version), " ")
	parts := strings.Split(num, ".")
	if len(parts) < 2 {
		return false
	}
	major, err1 := strconv.Atoi(parts[0])
	minor, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil {
		return false
	}
	return major > minGL[0] || major == minGL[0] && minor >= minGL[1]
}

// probeFlag makes the launcher probe the system's OpenGL and print the
// result instead of starting the window: it runs as its own child, so
// that a driver that crashes or hangs takes only the probe with it.
const probeFlag = "--probe-opengl"

// probeResult is what a probe found: GL_VERSION and GL_RENDERER, or why
// there is no OpenGL context at all.
type probeResult struct {
	Version, Renderer string
	Err               string
}

// OK reports whether the system's OpenGL can draw the window.
func (p probeResult) OK() bool { return p.Err == "" && glVersionOK(p.Version) }

// String is the probe's answer as the child prints it: three lines.
func (p probeResult) String() string {
	clean := func(s string) string { return strings.NewReplacer("\r", " ", "\n", " ").Replace(s) }
	return clean(p.Version) + "\n" + clean(p.Renderer) + "\n" + clean(p.Err) + "\n"
}

// parseProbe reads what a probe child printed; output that is not a
// probe's answer (the child crashed) is an error.
func parseProbe(out string) probeResult {
	lines := strings.Split(out, "\n")
	if len(lines) < 3 {
		return probeResult{Err: "the OpenGL probe gave no answer"}
	}
	return probeResult{Version: strings.TrimSpace(lines[0]), Renderer: strings.TrimSpace(lines[1]), Err: strings.TrimSpace(lines[2])}
}
