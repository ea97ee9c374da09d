// Package assets holds the files the programs carry inside them: the
// synthetic sample roster (made-up names, never real people).
package assets

import _ "embed"

// SampleRosterName is the file name the sample roster is shown under.
const SampleRosterName = "elevlista.csv"

// SampleRoster is a synthetic school-system export in Swedish, semicolon
// separated, with a title above the header and a few typical problems to
// fix: a bare grade, classes written "9 a", a missing class and email, an
// email without a domain ending, a duplicate email, a misspelt role and
// municipality, a teacher with a class, and two pupils with protected
// identity.
//
//go:embed sample/elevlista.csv
var SampleRoster []byte
