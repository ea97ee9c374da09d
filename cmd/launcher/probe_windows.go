package main

import (
	"runtime"
	"syscall"
	"unsafe"
)

// kernel32, user32 and gdi32 are Known DLLs: Windows loads them from the
// system folder whatever their name's search would find.
var (
	kernel32 = syscall.NewLazyDLL("kernel32.dll")
	user32   = syscall.NewLazyDLL("user32.dll")
	gdi32    = syscall.NewLazyDLL("gdi32.dll")

	getSystemDirectory = kernel32.NewProc("GetSystemDirectoryW")
	getModuleHandle    = kernel32.NewProc("GetModuleHandleW")
	registerClassEx    = user32.NewProc("RegisterClassExW")
	createWindowEx     = user32.NewProc("CreateWindowExW")
	destroyWindow      = user32.NewProc("DestroyWindow")
	defWindowProc      = user32.NewProc("DefWindowProcW")
	getDC              = user32.NewProc("GetDC")
	releaseDC          = user32.NewProc("ReleaseDC")
	choosePixelFormat  = gdi32.NewProc("ChoosePixelFormat")
	setPixelFormat     = gdi32.NewProc("SetPixelFormat")
)

// wndClassEx is WNDCLASSEXW.
type wndClassEx struct {
	size, style                uint32
	wndProc                    uintptr
	clsExtra, wndExtra         int32
	instance, icon, cursor, bg uintptr
	menuName, className        *uint16
	iconSm                     uintptr
}

// pixelFormatDescriptor is PIXELFORMATDESCRIPTOR.
type pixelFormatDescriptor struct {
	size, version                                  uint16
	flags                                          uint32
	pixelType, colorBits, redBits, redShift        uint8
	greenBits, greenShift, blueBits, blueShift     uint8
	alphaBits, alphaShift, accumBits, accumRedBits uint8
	accumGreenBits, accumBlueBits, accumAlphaBits  uint8
	depthBits, stencilBits, auxBuffers, layerType  uint8
	reserved                                       uint8
	layerMask, visibleMask, damageMask             uint32
}

const (
	pfdDrawToWindow  = 0x4
	pfdSupportOpenGL = 0x20
	pfdDoubleBuffer  = 0x1
	glVendorRenderer = 0x1F01
	glVersionString  = 0x1F02
)

// probeOpenGL makes a hidden window, an OpenGL context on it with the
// system's opengl32.dll, loaded at run time from the system folder, and
// reads GL_VERSION and GL_RENDERER. Windows' own renderer, all there is
// in many remote sessions, answers "1.1.0".
func probeOpenGL() probeResult {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var sys [260]uint16
	n, _, _ := getSystemDirectory.Call(uintptr(unsafe.Pointer(&sys[0])), uintptr(len(sys)))
	if n == 0 || n >= uintptr(len(sys)) {
		return probeResult{Err: "no system folder"}
	}
	gl, err := syscall.LoadDLL(syscall.UTF16ToString(sys[:n]) + `\opengl32.dll`)
	if err != nil {
		return probeResult{Err: "opengl32.dll: " + err.Error()}
	}
	defer gl.Release()
	procs := map[string]*syscall.Proc{}
	for _, name := range []string{"wglCreateContext", "wglMakeCurrent", "wglDeleteContext", "glGetString"} {
		if procs[name], err = gl.FindProc(name); err != nil {
			return probeResult{Err: "opengl32.dll: " + err.Error()}
		}
	}

	instance, _, _ := getModuleHandle.Call(0)
	class, _ := syscall.UTF16PtrFromString("RosterDeskOpenGLProbe")
	wc := wndClassEx{wndProc: defWindowProc.Addr(), instance: instance, className: class}
	wc.size = uint32(unsafe.Sizeof(wc))
	registerClassEx.Call(uintptr(unsafe.Pointer(&wc)))
	hwnd, _, err := createWindowEx.Call(0, uintptr(unsafe.Pointer(class)), uintptr(unsafe.Pointer(class)),
		0, 0, 0, 16, 16, 0, 0, instance, 0)
	if hwnd == 0 {
		return probeResult{Err: "CreateWindowEx: " + err.Error()}
	}
	defer destroyWindow.Call(hwnd)
	dc, _, _ := getDC.Call(hwnd)
	if dc == 0 {
		return probeResult{Err: "GetDC failed"}
	}
	defer releaseDC.Call(hwnd, dc)

	pfd := pixelFormatDescriptor{version: 1, flags: pfdDrawToWindow | pfdSupportOpenGL | pfdDoubleBuffer,
		colorBits: 32, depthBits: 24, stencilBits: 8}
	pfd.size = uint16(unsafe.Sizeof(pfd))
	format, _, _ := choosePixelFormat.Call(dc, uintptr(unsafe.Pointer(&pfd)))
	if format == 0 {
		return probeResult{Err: "no OpenGL pixel format"}
	}
	if ok, _, _ := setPixelFormat.Call(dc, format, uintptr(unsafe.Pointer(&pfd))); ok == 0 {
		return probeResult{Err: "SetPixelFormat failed"}
	}
	ctx, _, _ := procs["wglCreateContext"].Call(dc)
	if ctx == 0 {
		return probeResult{Err: "wglCreateContext failed"}
	}
	defer procs["wglDeleteContext"].Call(ctx)
	if ok, _, _ := procs["wglMakeCurrent"].Call(dc, ctx); ok == 0 {
		return probeResult{Err: "wglMakeCurrent failed"}
	}
	defer procs["wglMakeCurrent"].Call(0, 0)
	glString := func(name uintptr) string {
		p, _, _ := procs["glGetString"].Call(name)
		return cString(*(**byte)(unsafe.Pointer(&p)))
	}
	return probeResult{Version: glString(glVersionString), Renderer: glString(glVendorRenderer)}
}

// cString copies a NUL-terminated C string that OpenGL owns, at most 512
// bytes of it.
func cString(p *byte) string {
	if p == nil {
		return ""
	}
	b := make([]byte, 0, 64)
	for i := range 512 {
		c := *(*byte)(unsafe.Add(unsafe.Pointer(p), i))
		if c == 0 {
			break
		}
		b = append(b, c)
	}
	return string(b)
}
