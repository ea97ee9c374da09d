// Command fyneidle prepares a build of Roster Desk's window with Fyne's
// main loop patched so that an idle window waits for events instead of
// polling 60 times a second (README.md beside this file says what changes
// and why). It makes a copy of Fyne's module with the patched files of
// _fyne put in, in the user's cache folder, writes there a Go workspace
// file that replaces Fyne with that copy, and prints the workspace file's
// path, for GOWORK:
//
//	GOWORK=$(go run ./third_party/fyneidle) go build -tags gles ./cmd/rosterdesk
//
// (Go's -overlay flag would spare the copy, but it may not replace files
// beneath GOMODCACHE.) It refuses, with exit status 1, when a Fyne file
// that the patch replaces or relies on is not the one the patch was made
// from, as after a Fyne upgrade: the patch must then be made again from
// the new files. A build without GOWORK works as before, with Fyne's own
// loop.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	cache := flag.String("cache", "", "keep the patched copies of Fyne in this folder (default: rosterdesk-fyneidle in the user's cache folder)")
	flag.Parse()
	work, err := prepare(*cache)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fyneidle:", err)
		os.Exit(1)
	}
	fmt.Println(work)
}
