package sheet

// The heap that reading a list and holding it checked take, for the soft
// memory limits that `roster` and the window set: a limit a little above
// what is live makes Go's collector work harder near that size instead of
// letting the heap grow to twice what is live (README, Large lists).
const (
	// ReadHeapPerFileByte is the limit while files are read, per byte of
	// them: the benchmark's 1M-row xlsx, 44 MB, held about 700 MB while
	// it was read when its sheet was inflated whole (373 MB); read through
	// a window, about 330 MB at most (its shared strings and the rows).
	ReadHeapPerFileByte = 19
	// CheckedHeapPerRow is the limit while a list is checked and held,
	// per row: its rows and the checker's indexes and records take about
	// 560 to 720 bytes of heap a row at a million rows of the benchmark
	// list.
	CheckedHeapPerRow = 850
	// MinMemoryLimit is the least limit worth setting: a list whose
	// heap stays below it (100,000 rows peak at about 150 MB) keeps the
	// collector's usual pace.
	MinMemoryLimit = 256 << 20
)
