package check

import (
	"runtime"
	"sync"

	"rosterdesk/internal/roster"
)

// parallelRows is the roster size from which the rows' own problems are
// found on all processors: below it, starting goroutines costs more than
// it saves.
const parallelRows = 4096

// ownProblems returns the problems of each row that depend on that row
// alone (nil for rows that are not checked), found in parallel on large
// rosters: they are pure functions of one row each, and the address and
// class checks are most of the time of a full check.
func ownProblems(rows []*roster.Row) [][]Problem {
	out := make([][]Problem, len(rows))
	fill := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if checked(rows[i]) {
				out[i] = rowProblems(make([]Problem, 0, 2), rows[i])
			}
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(rows)/parallelRows)
	if workers < 2 {
		fill(0, len(rows))
		return out
	}
	var wg sync.WaitGroup
	chunk := (len(rows) + workers - 1) / workers
	for lo := 0; lo < len(rows); lo += chunk {
		wg.Go(func() { fill(lo, min(lo+chunk, len(rows))) })
	}
	wg.Wait()
	return out
}
