package main

import (
	"syscall"
	"unsafe"
)

// On Windows the language is the user's display language, which no
// environment variable carries; LANG and the others still win when set.
// It asks kernel32 directly: golang.org/x/sys/windows would link package
// net into a program that never uses the network.
func init() {
	systemLocale = func() string {
		proc := syscall.NewLazyDLL("kernel32.dll").NewProc("GetUserDefaultLocaleName")
		if proc.Find() != nil {
			return ""
		}
		const localeNameMaxLength = 85
		buf := make([]uint16, localeNameMaxLength)
		n, _, _ := proc.Call(uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
		if n == 0 {
			return ""
		}
		return syscall.UTF16ToString(buf)
	}
}
