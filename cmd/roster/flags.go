package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// parseWithFiles parses flags that may stand before, between or after the
// file arguments ("roster check file.xlsx --json" works as well as the
// usual order) and returns the files, at least one.
func (r *runner) parseWithFiles(fs *flag.FlagSet, args []string, stderr io.Writer) ([]string, bool) {
	quietFlags(fs)
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			r.sayFlagError(fs.Name(), err, stderr)
			return nil, false
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, r.tr("roster %s: give at least one file", fs.Name()))
		return nil, false
	}
	return files, true
}

// quietFlags stops fs from printing its English messages and defaults:
// sayFlagError says what went wrong in the run's language instead.
func quietFlags(fs *flag.FlagSet) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
}

// invalidValue matches the flag package's words for a value an option
// does not take: the value, then the option.
var invalidValue = regexp.MustCompile(`^invalid (?:boolean )?value (".*") for (?:flag )?(-\S+): `)

// sayFlagError says why command's options could not be read, in the run's
// language, followed by the usage; -h and --help print just the usage.
func (r *runner) sayFlagError(command string, err error, stderr io.Writer) {
	if !errors.Is(err, flag.ErrHelp) {
		msg := err.Error()
		if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
			msg = r.tr("there is no option %s", optionName(name))
		} else if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
			msg = r.tr("the option %s needs a value", optionName(name))
		} else if m := invalidValue.FindStringSubmatch(msg); m != nil {
			reason := msg[len(m[0]):]
			msg = r.tr("the option %s does not take the value %s", optionName(m[2]), m[1])
			if m[2] == "-map" {
				msg += ": " + reason // mapFlag's reason, in the run's language
			}
		}
		fmt.Fprintln(stderr, r.tr("roster %s: %s", command, msg))
	}
	fmt.Fprint(stderr, r.usageText())
}

// optionName is an option as the usage writes it, "--map": the flag
// package names it with the one dash it was defined under ("-map"),
// whichever the user typed.
func optionName(name string) string {
	if strings.HasPrefix(name, "-") && !strings.HasPrefix(name, "--") {
		return "-" + name
	}
	return name
}
