package main

import "flag"

// passwordEnv names the environment variable that gives the password of
// an encrypted workbook, so that it need not stand on the command line
// (where other users of the machine could see it).
const passwordEnv = "ROSTER_PASSWORD"

// passwordFlag adds --password, defaulting to $ROSTER_PASSWORD in the
// run's environment.
func (r *runner) passwordFlag(fs *flag.FlagSet) *string {
	return fs.String("password", r.getenv(passwordEnv),
		"password of an encrypted workbook (default $"+passwordEnv+")")
}
