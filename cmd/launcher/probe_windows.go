package main

import (
	"errors"
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
	glRenderer       = 0x1F01
	glVersion        = 0x1F02
)

// systemOpenGL is the system folder's opengl32.dll and the four of its
// functions the probe calls.
type systemOpenGL struct {
	dll                                   *syscall.DLL
	createContext, makeCurrent, deleteCtx *syscall.Proc
	getString                             *syscall.Proc
}

// probeOpenGL makes a hidden window, an OpenGL context on it with the
// system's opengl32.dll, loaded at run time from the system folder, and
// reads GL_VERSION and GL_RENDERER. Windows' own renderer, all there is
// in many remote sessions, answers "1.1.0".
func probeOpenGL() probeResult {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	gl, err := loadSystemOpenGL()
	if err != nil {
		return probeResult{Err: err.Error()}
	}
	defer gl.dll.Release()
	hwnd, dc, err := hiddenWindowDC()
	if err != nil {
		return probeResult{Err: err.Error()}
	}
	defer destroyWindow.Call(hwnd)
	defer releaseDC.Call(hwnd, dc)
	if err := setOpenGLPixelFormat(dc); err != nil {
		return probeResult{Err: err.Error()}
	}
	ctx, _, _ := gl.createContext.Call(dc)
	if ctx == 0 {
		return probeResult{Err: "wglCreateContext failed"}
	}
	defer gl.deleteCtx.Call(ctx)
	if ok, _, _ := gl.makeCurrent.Call(dc, ctx); ok == 0 {
		return probeResult{Err: "wglMakeCurrent failed"}
	}
	defer gl.makeCurrent.Call(0, 0)
	glString := func(name uintptr) string {
		p, _, _ := gl.getString.Call(name)
		return cString(*(**byte)(unsafe.Pointer(&p)))
	}
	return probeResult{Version: glString(glVersion), Renderer: glString(glRenderer)}
}

// loadSystemOpenGL loads opengl32.dll from the system folder by its full
// path, so that a copy beside the launcher is never the one probed.
func loadSystemOpenGL() (*systemOpenGL, error) {
	var sys [260]uint16
	n, _, _ := getSystemDirectory.Call(uintptr(unsafe.Pointer(&sys[0])), uintptr(len(sys)))
	if n == 0 || n >= uintptr(len(sys)) {
		return nil, errors.New("no system folder")
	}
	dll, err := syscall.LoadDLL(syscall.UTF16ToString(sys[:n]) + `\opengl32.dll`)
	if err != nil {
		return nil, errors.New("opengl32.dll: " + err.Error())
	}
	gl := &systemOpenGL{dll: dll}
	for _, p := range []struct {
		name string
		proc **syscall.Proc
	}{{"wglCreateContext", &gl.createContext}, {"wglMakeCurrent", &gl.makeCurrent},
		{"wglDeleteContext", &gl.deleteCtx}, {"glGetString", &gl.getString}} {
		if *p.proc, err = dll.FindProc(p.name); err != nil {
			dll.Release()
			return nil, errors.New("opengl32.dll: " + err.Error())
		}
	}
	return gl, nil
}

// hiddenWindowDC makes a small window that is never shown and returns it
// with its device context; the caller releases both.
func hiddenWindowDC() (hwnd, dc uintptr, err error) {
	instance, _, _ := getModuleHandle.Call(0)
	class, _ := syscall.UTF16PtrFromString("RosterDeskOpenGLProbe")
	wc := wndClassEx{wndProc: defWindowProc.Addr(), instance: instance, className: class}
	wc.size = uint32(unsafe.Sizeof(wc))
	registerClassEx.Call(uintptr(unsafe.Pointer(&wc)))
	hwnd, _, callErr := createWindowEx.Call(0, uintptr(unsafe.Pointer(class)), uintptr(unsafe.Pointer(class)),
		0, 0, 0, 16, 16, 0, 0, instance, 0)
	if hwnd == 0 {
		return 0, 0, errors.New("CreateWindowEx: " + callErr.Error())
	}
	if dc, _, _ = getDC.Call(hwnd); dc == 0 {
		destroyWindow.Call(hwnd)
		return 0, 0, errors.New("GetDC failed")
	}
	return hwnd, dc, nil
}

// setOpenGLPixelFormat gives dc a double-buffered 32-bit OpenGL format.
func setOpenGLPixelFormat(dc uintptr) error {
	pfd := pixelFormatDescriptor{version: 1, flags: pfdDrawToWindow | pfdSupportOpenGL | pfdDoubleBuffer,
		colorBits: 32, depthBits: 24, stencilBits: 8}
	pfd.size = uint16(unsafe.Sizeof(pfd))
	format, _, _ := choosePixelFormat.Call(dc, uintptr(unsafe.Pointer(&pfd)))
	if format == 0 {
		return errors.New("no OpenGL pixel format")
	}
	if ok, _, _ := setPixelFormat.Call(dc, format, uintptr(unsafe.Pointer(&pfd))); ok == 0 {
		return errors.New("SetPixelFormat failed")
	}
	return nil
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
