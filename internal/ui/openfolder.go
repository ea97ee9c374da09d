package ui

import (
	"net/url"
	"path/filepath"
	"strings"
)

// openFolder shows a folder in the system's file manager: Explorer on
// Windows (openfolder_windows.go), through the app's URL opener elsewhere.
// It opens nothing on the network: a folder is a file URL.
func (u *UI) openFolder(dir string) error {
	if openFolderNative != nil {
		return openFolderNative(dir)
	}
	return u.app.OpenURL(folderURL(dir))
}

// openFolderNative opens a folder by the system's own means where the
// URL route does not work (Windows' URL handler does not decode the
// escaped letters of a path such as C:\Elevlistor för åk 9).
var openFolderNative func(dir string) error

// folderURL is the file URL of an absolute folder path, with an empty
// host: file:///home/x, file:///C:/Elevlistor%20f%C3%B6r%20%C3%A5k%209.
func folderURL(dir string) *url.URL {
	p := filepath.ToSlash(dir)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return &url.URL{Scheme: "file", Path: p}
}
