package ui

import (
	"sync/atomic"
	"time"
)

// The problem panel and the status bar sum up the whole list: on a list of
// 100,000 rows that takes a tenth of a second, too long to do after every
// typed value. On a large list they are brought up to date once the edits
// pause; the cells' own marks and the cell's messages change at once.

// largeList is the number of rows from which the summaries wait for a
// pause.
const largeList = 20_000

// summaryDelay is the pause after the last edit before the summaries of a
// large list are brought up to date.
const summaryDelay = 250 * time.Millisecond

// summaries numbers the requests to refresh the summaries: a delayed
// refresh runs only if no edit came after it was asked for. runs counts
// the delayed refreshes that ran, for tests.
type summaries struct {
	asked atomic.Uint64
	runs  atomic.Int32
	// large is the number of rows from which the summaries wait for a
	// pause: largeList, lowered by tests.
	large int
}

// refreshSummaries brings the problem panel and the status bar up to date:
// at once for a small list, after summaryDelay without edits for a large
// one.
func (u *UI) refreshSummaries() {
	n := u.summary.asked.Add(1)
	if u.doc == nil || len(u.doc.Roster().Rows) < u.summary.large {
		u.refreshProblems()
		u.refreshStatus()
		return
	}
	u.sched.after(summaryDelay, func() {
		if u.summary.asked.Load() == n {
			u.refreshProblems()
			u.refreshStatus()
			u.summary.runs.Add(1)
		}
	})
}
