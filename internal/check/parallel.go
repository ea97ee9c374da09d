package check

import (
	"runtime"
	"slices"
	"sync"

	"rosterdesk/internal/roster"
)

// parallelRows is the roster size from which the rows' own problems are
// found on all processors: below it, starting goroutines costs more than
// it saves.
const parallelRows = 4096

// ownFound are the rows' own problems as ownProblems finds them: slot[i]
// is the slot of row i in lists, as in ownTable (0: none).
type ownFound struct {
	slot  []uint32
	lists [][]Problem
}

// problemsAt returns the own problems of row i.
func (f *ownFound) problemsAt(i int) []Problem {
	if s := f.slot[i]; s > 0 {
		return f.lists[s-1]
	}
	return nil
}

// ownProblems returns the problems of each row that depend on that row
// alone (none for rows that are not checked or have none), found in
// parallel on large rosters: they are pure functions of one row each, and
// the address and class checks are most of the time of a full check.
// Most rows have no problem, so each is found in a buffer and only a row
// with problems gets a slice of its own, of the size it needs; the rest
// cost a slot of 4 bytes.
func ownProblems(rows []*roster.Row, x rowContext) ownFound {
	slot := make([]uint32, len(rows))
	fill := func(lo, hi int) [][]Problem {
		var buf []Problem
		var lists [][]Problem
		var seen plainValues
		for i := lo; i < hi; i++ {
			if checked(rows[i]) {
				if buf = rowProblemsAfter(buf[:0], rows[i], x, &seen); len(buf) > 0 {
					lists = append(lists, slices.Clone(buf))
					slot[i] = uint32(len(lists))
				}
			}
		}
		return lists
	}
	workers := min(runtime.GOMAXPROCS(0), len(rows)/parallelRows)
	if workers < 2 {
		return ownFound{slot: slot, lists: fill(0, len(rows))}
	}
	var wg sync.WaitGroup
	chunk := (len(rows) + workers - 1) / workers
	parts := make([][][]Problem, workers)
	for w := range workers {
		lo, hi := min(w*chunk, len(rows)), min((w+1)*chunk, len(rows))
		wg.Go(func() { parts[w] = fill(lo, hi) })
	}
	wg.Wait()
	// Each part numbered its slots from 1: they follow the parts before.
	offset := 0
	for w, part := range parts {
		lo, hi := min(w*chunk, len(rows)), min((w+1)*chunk, len(rows))
		for i := lo; i < hi && offset > 0; i++ {
			if slot[i] > 0 {
				slot[i] += uint32(offset)
			}
		}
		offset += len(part)
	}
	return ownFound{slot: slot, lists: slices.Concat(parts...)}
}

// indexAll records the rows' own problems and builds every group rule's
// index. The rules share nothing, so on large rosters each builds its
// index on a goroutine of its own, beside the others, adding the rows in
// roster order as one after the other would; a rule that can split its
// own work (bulkAdder) does so.
func (c *Checker) indexAll(rows []*roster.Row, own ownFound) {
	if runtime.GOMAXPROCS(0) < 2 || len(rows) < parallelRows {
		for i, row := range rows {
			if checked(row) {
				c.index(row, own.problemsAt(i))
			}
		}
		return
	}
	var wg sync.WaitGroup
	// The checker knows no row yet: the lists are taken as they are, and
	// each row gets its slot in them.
	c.own.lists = own.lists
	wg.Go(func() {
		for i, row := range rows {
			if checked(row) {
				c.own.slot.Set(row.ID, own.slot[i])
				c.tally(own.problemsAt(i), 1)
			}
		}
	})
	var list []*roster.Row
	for _, row := range rows {
		if checked(row) {
			list = append(list, row)
		}
	}
	// The address in small letters, once for every rule that keys rows by
	// it: a million addresses are 50 MB a copy.
	emailKeys := make([]string, len(list))
	inChunks(len(list), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			emailKeys[i] = roster.EmailKey(list[i].Values[roster.Email])
		}
	})
	for _, g := range c.groups {
		wg.Go(func() {
			if b, ok := g.(bulkAdder); ok {
				b.addAll(list, emailKeys)
				return
			}
			for _, row := range list {
				g.add(row)
			}
		})
	}
	wg.Wait()
}

// bulkAdder is a group rule that indexes many new rows faster at once
// than one by one, with the same result; emailKeys are the rows'
// roster.EmailKey, worked out once for all rules.
type bulkAdder interface {
	addAll(rows []*roster.Row, emailKeys []string)
}

// inChunks runs f over [0, n) in pieces, one per processor on large n.
func inChunks(n int, f func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), n/parallelRows)
	if workers < 2 {
		f(0, n)
		return
	}
	chunk := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += chunk {
		wg.Go(func() { f(lo, min(lo+chunk, n)) })
	}
	wg.Wait()
}

// problemsOf returns first, then the problems of the checked rows among
// rows, in their order, split among all processors on large rosters: it
// only reads the rules' indexes.
//
// The list is made in one slice: the counts say how many problems there
// are, so each part is sized for its share of them (a part holding more
// grows as any slice), and the parts are then copied to their place
// after first, not appended to a growing list or copied again behind
// first (a problem is 112 bytes: a list with a problem on each of a
// million rows is 112 MB a copy).
func (c *Checker) problemsOf(first []Problem, rows []*roster.Row) []Problem {
	errors, warnings := c.Counts()
	total := errors + warnings
	collect := func(dst []Problem, part []*roster.Row) []Problem {
		if dst == nil {
			dst = make([]Problem, 0, total*len(part)/max(len(rows), 1)+16)
		}
		for _, row := range part {
			dst = c.appendRowProblems(dst, row.ID)
		}
		return dst
	}
	workers := min(runtime.GOMAXPROCS(0), len(rows)/parallelRows)
	if workers < 2 {
		dst := make([]Problem, len(first), len(first)+total+16)
		copy(dst, first)
		return nilIfEmpty(collect(dst, rows))
	}
	parts := make([][]Problem, workers+1)
	parts[0] = first
	chunk := (len(rows) + workers - 1) / workers
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := min(w*chunk, len(rows)), min((w+1)*chunk, len(rows))
		wg.Go(func() { parts[w+1] = collect(nil, rows[lo:hi]) })
	}
	wg.Wait()
	return nilIfEmpty(slices.Concat(parts...))
}

// nilIfEmpty is nil for no problems, as a list appended to from nil is.
func nilIfEmpty(p []Problem) []Problem {
	if len(p) == 0 {
		return nil
	}
	return p
}
