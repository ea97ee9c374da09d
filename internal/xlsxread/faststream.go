package xlsxread

import "bytes"

// A large worksheet is inflated on a goroutine of its own while the fast
// reader scans the bytes inflated so far, a chunk at a time, through a
// window that keeps only the row being scanned and what follows (see
// inflateWindowed): inflating the sheet of a 100k-row list is a tenth of
// a second that the scan need not wait for, and the sheet is never held
// whole. The scanner reads a row only once the bytes through the end of
// that row are there (see scanWindow), so it reads each row exactly as
// from the whole part.

// streamChunk is how many bytes are inflated between two hand-overs.
const streamChunk = 256 << 10

// streamPart is a part's bytes: inflated already, or being inflated a
// chunk at a time.
type streamPart struct {
	// data is the whole part, for a part inflated already.
	data []byte
	// size is the part's size inflated.
	size int
	// win, when set, is the part inflated a chunk at a time into the
	// scan's window instead of into data (see inflateWindowed).
	win *partWindow
}

// wholePart is a part inflated already.
func wholePart(data []byte) *streamPart {
	return &streamPart{data: data, size: len(data)}
}

// whole returns the part inflated already. A windowed part is never
// whole: asking is a bug, which panics.
func (p *streamPart) whole() ([]byte, error) {
	if p.win != nil {
		panic("xlsxread: a windowed part asked whole")
	}
	return p.data, nil
}

// finish waits until the part is inflated, or all that will be, and
// returns the count of "sheetData" in it (countSheetData) and, for a part
// that could not be inflated, errDecline.
func (p *streamPart) finish() (int, error) {
	if p.win != nil {
		return p.win.finish()
	}
	data, err := p.whole()
	return countSheetData(data), err
}

// inflated waits until the part is inflated, or all that will be, and
// returns errDecline when it could not be.
func (p *streamPart) inflated() error {
	if p.win == nil {
		return nil
	}
	_, err := p.win.finish()
	return err
}

// rowEnd is the end tag of a row.
var rowEnd = []byte("</row>")

// scanWindow keeps the scanner's bytes, x.s, the bytes of src inflated
// so far, covering the row at x.p through its end tag: the first
// "</row>" after x.p, or the whole part. The first "</row>" after a row's
// start is that row's end tag, or the row is as broken (a "<" in its
// text or an attribute) whether the rest is there or not; so the scanner
// reads the row as from the whole part.
type scanWindow struct {
	src      *streamPart
	complete bool
	// last is where the last "</row>" of x.s starts, -1 for none.
	last int
}

// newScanWindow starts x on src's bytes inflated so far.
func newScanWindow(x *xmlScanner, src *streamPart) *scanWindow {
	w := &scanWindow{src: src, last: -1}
	if src.win != nil {
		if src.win.taken {
			// Its rows are gone: the reader declines (readFast's
			// recover) rather than read a sheet cut short.
			panic("xlsxread: a windowed part scanned twice")
		}
		x.s = make([]byte, 0, src.win.room)
		return w
	}
	x.s, w.complete = src.data, true
	w.last = bytes.LastIndex(x.s, rowEnd)
	return w
}

// more waits for more of the part in x.s (see pull; a part inflated
// already is all there from the start) and returns how many bytes of x.s
// were dropped before it.
func (w *scanWindow) more(x *xmlScanner) (dropped int) {
	dropped, ok := w.pull(x)
	w.complete = !ok
	return dropped
}

// ensure waits until x.s covers the row at x.p, or the whole part.
func (w *scanWindow) ensure(x *xmlScanner) {
	for !w.complete && w.last < x.p {
		w.more(x)
	}
}

// rest waits for the whole part and returns its bytes from x.p on, with
// errDecline for a part that could not be inflated.
func (w *scanWindow) rest(x *xmlScanner) ([]byte, error) {
	if w.src.win == nil {
		data, err := w.src.whole()
		return data[x.p:], err
	}
	for !w.complete {
		w.more(x)
	}
	_, err := w.src.win.finish()
	return x.s[x.p:], err
}

// find waits until x.s holds sep, or the whole part, and returns where
// sep first is, or -1.
func (w *scanWindow) find(x *xmlScanner, sep []byte) int {
	i := bytes.Index(x.s, sep)
	for i < 0 && !w.complete {
		old := len(x.s)
		old -= w.more(x)
		from := max(old-len(sep)+1, 0)
		if j := bytes.Index(x.s[from:], sep); j >= 0 {
			i = from + j
		}
	}
	if j := bytes.LastIndex(x.s, rowEnd); j > w.last {
		w.last = j
	}
	return i
}
