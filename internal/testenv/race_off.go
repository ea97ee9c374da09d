//go:build !race

package testenv

// RaceSlowdown is how many times slower the race detector makes the
// tests' work: bounds on time are that much looser under go test -race.
const RaceSlowdown = 1
