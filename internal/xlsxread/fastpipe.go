package xlsxread

import "runtime"

// The fast reader scans a large sheet on a goroutine of its own and hands
// its rows over in batches, so that scanning the XML and what the caller
// does with each row (building a roster's rows, comparing a written file's
// cells) run side by side on two processors. The rows arrive in order, as
// scanSheetGuarded gives them; the caller sees the same rows, hidden rows
// and error it would see without the goroutine.

// pipeMinBytes is the sheet size from which the scan runs on a goroutine
// of its own: below it, handing rows over costs more than it saves. A
// variable, so that tests can pipe small sheets.
var pipeMinBytes = 256 << 10

// pipeBatch is the number of rows handed over at a time.
const pipeBatch = 256

// pipedRow is a row handed over: its cells and number, and whether the
// sheet hides it.
type pipedRow struct {
	cells  []string
	line   int
	hidden bool
}

// scanSheetPiped is scanSheetGuarded with the scan on a goroutine of its
// own for a large sheet, its rows handed over to row on the caller's. It
// returns once that goroutine is done: g and isNumber are the scan's
// while it runs, and hidden is set on the caller's goroutine, each row's
// before row is called. When row returns false the scan stops, and what
// it found after that row (an error included) is not seen, as without
// the goroutine. A panic of the scan declines the sheet.
func scanSheetPiped(src *streamPart, sst []string, isNumber numberFunc, g *Guard, hidden hiddenLines,
	row func(cells []string, line int) bool) error {
	if src.size < pipeMinBytes || runtime.GOMAXPROCS(0) < 2 {
		return scanSheetGuarded(src, sst, isNumber, g, hidden, row)
	}
	batches := make(chan []pipedRow, 4)
	free := make(chan []pipedRow, 6)
	stop := make(chan struct{})
	result := make(chan error, 1)
	go func() {
		err := errDecline
		defer func() {
			recover() // a panic declines, as readFast's recover does
			close(batches)
			result <- err
		}()
		var scanHidden hiddenLines
		if hidden != nil {
			scanHidden = hiddenLines{}
		}
		batch := make([]pipedRow, 0, pipeBatch)
		send := func() bool {
			select {
			case batches <- batch:
			case <-stop:
				return false
			}
			select {
			case batch = <-free:
			default:
				batch = make([]pipedRow, 0, pipeBatch)
			}
			return true
		}
		err = scanSheetGuarded(src, sst, isNumber, g, scanHidden, func(cells []string, line int) bool {
			batch = append(batch, pipedRow{cells, line, scanHidden[line]})
			return len(batch) < pipeBatch || send()
		})
		if len(batch) > 0 {
			send()
		}
	}()
	stopped := false
	defer func() {
		// On a panic of row too, the scan stops before this returns.
		if !stopped {
			close(stop)
		}
		for range batches {
		}
	}()
	for batch := range batches {
		for i, r := range batch {
			if r.hidden {
				hidden[r.line] = true
			}
			if !row(r.cells, r.line) {
				stopped = true
				close(stop)
				break
			}
			batch[i] = pipedRow{}
		}
		if stopped {
			break
		}
		select {
		case free <- batch[:0]:
		default:
		}
	}
	err := <-result
	if stopped {
		return nil
	}
	return err
}
