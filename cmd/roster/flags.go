package main

import (
	"flag"
	"fmt"
	"io"
)

// parseWithOneFile parses flags that may stand before or after the one file
// argument ("roster check file.xlsx --json" works as well as the usual
// order) and returns that file.
func parseWithOneFile(fs *flag.FlagSet, args []string, stderr io.Writer) (string, bool) {
	fs.SetOutput(stderr)
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return "", false
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) != 1 {
		fmt.Fprintln(stderr, tr("roster %s: give exactly one file", fs.Name()))
		return "", false
	}
	return files[0], true
}
