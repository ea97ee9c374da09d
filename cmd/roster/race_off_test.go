//go:build !race

package main

// raceSlowdown is how many times slower the race detector makes the
// tests' work: bounds on time are that much looser under go test -race.
const raceSlowdown = 1
