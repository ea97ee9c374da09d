package main

import (
	"flag"
	"os"
)

// passwordEnv names the environment variable that gives the password of
// an encrypted workbook, so that it need not stand on the command line
// (where other users of the machine could see it).
const passwordEnv = "ROSTER_PASSWORD"

// passwordFlag adds --password, defaulting to $ROSTER_PASSWORD.
func passwordFlag(fs *flag.FlagSet) *string {
	return fs.String("password", os.Getenv(passwordEnv),
		"password of an encrypted workbook (default $"+passwordEnv+")")
}
