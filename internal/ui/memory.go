package ui

// windowGCPercent is the window's pace of collection: the collector runs
// when the heap has grown by this share, in percent, since the last one,
// instead of Go's 100. The window holds little garbage once a list is
// open (a cell edit allocates kilobytes), but reading a list makes much,
// and at Go's pace the heap grew to twice what was live: a 100,000-row
// list (110 MB live, a fifth of it fonts) peaked at 370 MB resident, with
// the 140 MB the drawing libraries take beside the heap; at 15 percent,
// 286 MB, in about the same time to open (README, Large lists).
const windowGCPercent = 15

// PaceMemory sets the window's pace of collection with set
// (debug.SetGCPercent), unless the user chose one with GOGC, which is
// kept.
func PaceMemory(getenv func(string) string, set func(int) int) {
	if getenv("GOGC") != "" {
		return
	}
	set(windowGCPercent)
}
