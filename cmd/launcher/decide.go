package main

import (
	"path/filepath"
	"strings"
)

// The zip's layout: the launcher (rosterdesk.exe) and roster.exe at the
// top, the window program in lib, and a second copy of it in
// lib\software-gl beside Mesa's OpenGL DLLs. Windows looks for a DLL
// beside the exe first, so the copy there draws with Mesa and the one in
// lib with the PC's own OpenGL; the window program imports OPENGL32.dll
// when it loads, before any of its code could choose.
const (
	libDir      = "lib"
	softwareDir = "software-gl"
	windowExe   = "rosterdesk-window.exe"
)

// Environment between the launcher and the window program.
const (
	// envSoftware set to 1 forces the software renderer.
	envSoftware = "ROSTERDESK_SOFTWARE_GL"
	// envRenderer tells the window program which renderer it runs on
	// ("system" or "software"), for About.
	envRenderer = "ROSTERDESK_RENDERER"
	// envGLName carries the system OpenGL's GL_RENDERER, for About.
	envGLName = "ROSTERDESK_GL_RENDERER"
)

// renderer is the OpenGL the window program is started with.
type renderer string

const (
	systemGL   renderer = "system"
	softwareGL renderer = "software"
)

// firstRenderer chooses the renderer to try first: software when the
// environment or the preference asks for it, or when the probe found no
// OpenGL 2.1; else the system's.
func firstRenderer(forced bool, probe probeResult) renderer {
	if forced || !probe.OK() {
		return softwareGL
	}
	return systemGL
}

// windowPath is the window program to start for a renderer, in the folder
// that holds the launcher.
func windowPath(dir string, r renderer) string {
	if r == softwareGL {
		return filepath.Join(dir, libDir, softwareDir, windowExe)
	}
	return filepath.Join(dir, libDir, windowExe)
}

// forcedByEnv reports whether the environment forces software rendering.
func forcedByEnv(getenv func(string) string) bool {
	v := strings.TrimSpace(getenv(envSoftware))
	return v == "1" || strings.EqualFold(v, "true") || strings.EqualFold(v, "yes")
}

// childEnv is the window program's environment: the launcher's, with the
// renderer in use (and any values of ours it had) replaced.
func childEnv(environ []string, r renderer, probe probeResult) []string {
	env := make([]string, 0, len(environ)+2)
	for _, kv := range environ {
		name, _, _ := strings.Cut(kv, "=")
		if strings.EqualFold(name, envRenderer) || strings.EqualFold(name, envGLName) {
			continue
		}
		env = append(env, kv)
	}
	env = append(env, envRenderer+"="+string(r))
	if r == systemGL && probe.Renderer != "" {
		env = append(env, envGLName+"="+probe.Renderer)
	}
	return env
}

// glFailure reports whether the window program's error output says it
// could not get an OpenGL context: Fyne logs "window creation error" and
// GLFW's cause, such as "WGL: The driver does not appear to support
// OpenGL" or "WGL: Failed to create OpenGL context".
func glFailure(stderr string) bool {
	return strings.Contains(stderr, "window creation error") || strings.Contains(stderr, "WGL:") ||
		strings.Contains(stderr, "APIUnavailable") || strings.Contains(stderr, "VersionUnavailable")
}
