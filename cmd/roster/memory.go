package main

// A list's checked rows take about liveBytesPerRow of heap each once the
// checker has indexed them (878 MB at a million rows of the benchmark
// list). Go's collector lets the heap grow to twice what is live before
// it collects, so a million rows peaked at 1.4 GB; a soft limit a little
// above the live heap makes it collect sooner instead, and the same run
// peaks at about 1 GB, for about a fifth more time (README, Large lists).
const (
	limitBytesPerRow = 950
	// minMemoryLimit keeps small lists at the collector's usual pace:
	// their heap stays far below it.
	minMemoryLimit = 256 << 20
)

// memoryLimit returns the soft memory limit for checking a list of rows,
// and false when the user set one with GOMEMLIMIT, which is kept.
func memoryLimit(rows int, getenv func(string) string) (int64, bool) {
	if getenv("GOMEMLIMIT") != "" {
		return 0, false
	}
	return max(minMemoryLimit, int64(rows)*limitBytesPerRow), true
}

// limitMemory sets the soft memory limit for a list of rows.
func (r *runner) limitMemory(rows int) {
	if limit, ok := memoryLimit(rows, r.getenv); ok && r.setMemoryLimit != nil {
		r.setMemoryLimit(limit)
	}
}
