package xlsxread

import (
	"archive/zip"
	"bytes"
	"io"
	"sync"
)

// A large worksheet is inflated on a goroutine of its own while the fast
// reader scans the bytes inflated so far: inflating the sheet of a 100k-row
// list is a tenth of a second that the scan need not wait for. The scanner
// reads a row only once the bytes through the end of that row are there
// (see scanWindow), so it reads each row exactly as from the whole part.

// streamChunk is how many bytes are inflated between two hand-overs.
const streamChunk = 256 << 10

// streamPart is a part's bytes, inflated or being inflated.
type streamPart struct {
	mu   sync.Mutex
	more *sync.Cond
	data []byte // the whole part's size; data[:n] inflated
	n    int
	done bool
	err  error // why it could not be inflated, once done
	// size is the part's size inflated.
	size int
	// win, when set, is the part inflated a chunk at a time into the
	// scan's window instead of into data (see inflateWindowed).
	win *partWindow
}

// wholePart is a part inflated already.
func wholePart(data []byte) *streamPart {
	return &streamPart{data: data, n: len(data), done: true, size: len(data)}
}

// inflateStream starts inflating f on a goroutine of its own, as
// inflatePart does: straight into a slice of its size, declining a part
// longer than its size or failing its checksum.
func inflateStream(f *zip.File) *streamPart {
	p := &streamPart{data: make([]byte, f.UncompressedSize64), size: int(f.UncompressedSize64)}
	p.more = sync.NewCond(&p.mu)
	go func() {
		err := errDecline
		defer func() {
			recover() // a panic declines the part
			p.mu.Lock()
			p.done, p.err = true, err
			p.more.Broadcast()
			p.mu.Unlock()
		}()
		err = p.inflate(f)
	}()
	return p
}

// inflate inflates f into p.data, handing each chunk over.
func (p *streamPart) inflate(f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return errDecline
	}
	defer rc.Close()
	for n := 0; n < len(p.data); {
		k, err := io.ReadFull(rc, p.data[n:min(n+streamChunk, len(p.data))])
		n += k
		p.mu.Lock()
		p.n = n
		p.more.Broadcast()
		p.mu.Unlock()
		if err != nil {
			return errDecline
		}
	}
	var end [1]byte
	if n, err := io.ReadAtLeast(rc, end[:], 1); n != 0 || err != io.EOF {
		return errDecline
	}
	return nil
}

// avail returns the bytes inflated so far, and whether that is all.
func (p *streamPart) avail() ([]byte, bool) {
	if p.more == nil {
		return p.data, true
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.data[:p.n], p.done
}

// wait waits until more than have bytes are inflated, or all that will
// be, and returns them as avail does.
func (p *streamPart) wait(have int) ([]byte, bool) {
	if p.more == nil {
		return p.data, true
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.n <= have && !p.done {
		p.more.Wait()
	}
	return p.data[:p.n], p.done
}

// whole waits until the part is inflated and returns it; a part that
// could not be inflated is errDecline, as for inflatePart. A windowed part
// is never whole: asking is a bug, which panics.
func (p *streamPart) whole() ([]byte, error) {
	if p.win != nil {
		panic("xlsxread: a windowed part asked whole")
	}
	data, _ := p.wait(len(p.data))
	if p.more == nil {
		return data, nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return data, p.err
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
	if p.win != nil {
		_, err := p.win.finish()
		return err
	}
	_, err := p.whole()
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
		x.s = make([]byte, 0, src.win.room)
		return w
	}
	x.s, w.complete = src.avail()
	w.last = bytes.LastIndex(x.s, rowEnd)
	return w
}

// more waits for more of the part in x.s, as pull does for a windowed
// part, and returns how many bytes of x.s were dropped before it (0 but
// for a windowed part).
func (w *scanWindow) more(x *xmlScanner) (dropped int) {
	if w.src.win != nil {
		dropped, ok := w.pull(x)
		w.complete = !ok
		return dropped
	}
	old := len(x.s)
	x.s, w.complete = w.src.wait(old)
	from := max(old-len(rowEnd)+1, 0)
	if i := bytes.LastIndex(x.s[from:], rowEnd); i >= 0 {
		w.last = from + i
	}
	return 0
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
