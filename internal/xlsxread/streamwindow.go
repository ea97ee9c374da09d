package xlsxread

import (
	"archive/zip"
	"bytes"
	"io"
)

// A sheet read once from start to end, such as the upload file read back
// to verify it, need not be held whole: inflated a chunk at a time into a
// window that keeps only the row being scanned and what follows, it takes
// a few megabytes where the million-row upload file's sheet takes 544 MB
// inflated. Everything the scan asks of the whole part is worked out as
// the chunks go by: the count of "sheetData" (settle) and whether it all
// inflated; the markup after the rows is kept, for wellFormedTail.

// windowChunks is how many inflated chunks may wait for the scan.
const windowChunks = 4

// partWindow is a part being inflated a chunk at a time, for a scan that
// drops each chunk once it is past it.
type partWindow struct {
	// chunks are the inflated bytes in order, closed once the part is
	// inflated or could not be; err and sheetData are set before then.
	chunks chan []byte
	// free are chunks the scan is done with, to be filled again.
	free chan []byte
	// err is why the part could not be inflated, nil when it was.
	err error
	// sheetData is countSheetData of the whole part.
	sheetData int
	// drained says the scan has taken every chunk (and seen chunks
	// closed): err and sheetData are to be read.
	drained bool
	// chunk is the size of a chunk, room the size of the scan's window
	// to start with.
	chunk, room int
}

// inflateWindowed starts inflating f on a goroutine of its own, a chunk at
// a time, for a scan through a window (see scanWindow). The part is
// declined, as by inflateStream, when it is longer than its size or fails
// its checksum.
func inflateWindowed(f *zip.File) *streamPart {
	return windowed(f.Open, int(f.UncompressedSize64), streamChunk, windowBytes)
}

// windowed is inflateWindowed of the part that open opens, of size bytes,
// in chunks of chunk bytes, scanned in a window of room bytes to start
// with.
func windowed(open func() (io.ReadCloser, error), size, chunk, room int) *streamPart {
	w := &partWindow{chunks: make(chan []byte, windowChunks), free: make(chan []byte, windowChunks+2),
		chunk: chunk, room: room}
	p := &streamPart{size: size, win: w}
	go func() {
		err := errDecline
		defer func() {
			recover() // a panic declines the part
			w.err = err
			close(w.chunks)
		}()
		rc, oerr := open()
		if oerr != nil {
			return
		}
		defer rc.Close()
		err = w.inflate(rc, size)
	}()
	return p
}

// inflate reads size bytes from rc into chunks, counting "sheetData" as
// they go, and then makes sure rc has no more.
func (w *partWindow) inflate(rc io.Reader, size int) error {
	var last []byte // the end of the chunk before, for a word across two
	for n := 0; n < size; {
		var buf []byte
		select {
		case buf = <-w.free:
		default:
			buf = make([]byte, w.chunk)
		}
		k, err := io.ReadFull(rc, buf[:min(w.chunk, size-n)])
		n += k
		chunk := buf[:k]
		w.sheetData += countSheetData(chunk) + countAcross(last, chunk)
		if k > 0 {
			last = append(last, chunk[max(0, k-len("sheetData")+1):]...)
			last = last[:copy(last, last[max(0, len(last)-len("sheetData")+1):])]
			w.chunks <- chunk
		}
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

// countAcross counts the "sheetData" that start in before (the last
// bytes of a chunk, fewer than the word) and end in after.
func countAcross(before, after []byte) int {
	if len(before) == 0 || len(after) == 0 {
		return 0
	}
	joined := append(append(make([]byte, 0, 2*len("sheetData")), before...), after[:min(len(after), len("sheetData")-1)]...)
	return countSheetData(joined)
}

// next returns the next chunk, or false once there is none.
func (w *partWindow) next() ([]byte, bool) {
	if w.drained {
		return nil, false
	}
	chunk, ok := <-w.chunks
	if !ok {
		w.drained = true
	}
	return chunk, ok
}

// done gives a chunk back to be filled again.
func (w *partWindow) done(chunk []byte) {
	select {
	case w.free <- chunk[:cap(chunk)]:
	default:
	}
}

// finish takes the chunks the scan did not, and returns the count of
// "sheetData" in the whole part and why it could not be inflated.
func (w *partWindow) finish() (int, error) {
	for {
		chunk, ok := w.next()
		if !ok {
			return w.sheetData, w.err
		}
		w.done(chunk)
	}
}

// windowBytes is the room a window starts with: a row longer than what
// is left of it grows it.
const windowBytes = 1 << 20

// pull appends the next chunk of a windowed part to x.s, dropping what is
// before x.p first when the chunk would not fit beside it, and moving the
// places into x.s (x.p and last) with what is dropped. It returns how
// many bytes were dropped, and false when the part has no more.
func (sw *scanWindow) pull(x *xmlScanner) (dropped int, ok bool) {
	w := sw.src.win
	chunk, ok := w.next()
	if !ok {
		return 0, false
	}
	if x.p > 0 && len(x.s)+len(chunk) > cap(x.s) {
		dropped = x.p
		x.s = x.s[:copy(x.s, x.s[x.p:])]
		sw.last -= dropped
		x.p = 0
	}
	old := len(x.s)
	x.s = append(x.s, chunk...)
	w.done(chunk)
	from := max(old-len(rowEnd)+1, 0)
	if i := bytes.LastIndex(x.s[from:], rowEnd); i >= 0 {
		sw.last = from + i
	}
	return dropped, true
}
