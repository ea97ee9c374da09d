// Package testenv says what the tests of several packages need to know of
// the run they are in: how much slower the race detector makes them, and
// how long a file's refusal may take before a test calls it a hang. Only
// tests import it (layers_test.go lists no package that may).
package testenv

import "time"

// HangBound is how long refusing or reading a hostile file may take
// before a test calls it a hang. A quick file takes milliseconds; the
// bound leaves room for a loaded 2-core CI machine, which runs the
// Windows build beside the tests, without letting a quadratic or
// unbounded read pass.
const HangBound = 5 * time.Second * RaceSlowdown
