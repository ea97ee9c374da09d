package main

import (
	"syscall"
	"unsafe"
)

var (
	messageBoxW             = user32.NewProc("MessageBoxW")
	getUserDefaultLocaleNam = kernel32.NewProc("GetUserDefaultLocaleName")
)

const (
	mbOK        = 0x0
	mbIconError = 0x10
)

// showMessage shows a native message box: no OpenGL, no Fyne.
func showMessage(title, text string) {
	t, err1 := syscall.UTF16PtrFromString(title)
	m, err2 := syscall.UTF16PtrFromString(text)
	if err1 != nil || err2 != nil {
		return
	}
	messageBoxW.Call(0, uintptr(unsafe.Pointer(m)), uintptr(unsafe.Pointer(t)), mbOK|mbIconError)
}

// userLocale is the user's locale name, such as "sv-SE".
func userLocale() string {
	var buf [85]uint16 // LOCALE_NAME_MAX_LENGTH
	n, _, _ := getUserDefaultLocaleNam.Call(uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
	if n == 0 {
		return ""
	}
	return syscall.UTF16ToString(buf[:])
}
