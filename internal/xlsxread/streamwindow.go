package xlsxread

import (
	"archive/zip"
	"bytes"
	"io"
)

// A sheet read once from start to end need not be held whole: inflated a
// chunk at a time into a window that keeps only the row being scanned and
// what follows, it takes a few megabytes where the million-row upload
// file's sheet takes 544 MB inflated, and the benchmark's million-row list
// 373 MB. Everything the readers ask of the whole part is worked out as
// the chunks go by: the count of "sheetData" (settle), whether it all
// inflated, whether "strike" is in it (sheetMarks), and the markup after
// its last "</sheetData>" (its merged ranges, dataMerges). What needs the
// whole part still (a sheet's struck rows where it has struck text, its
// filter, a sheet read again for its merged ranges) inflates it again
// from the file.

// windowChunks is how many inflated chunks may wait for the scan.
const windowChunks = 4

// windowChunk is the size of a chunk: a variable, so that tests can make
// the chunks small.
var windowChunk = streamChunk

// partWindow is a part being inflated a chunk at a time, for a scan that
// drops each chunk once it is past it.
type partWindow struct {
	// chunks are the inflated bytes in order, closed once the part is
	// inflated or could not be; the facts below are set before then.
	chunks chan []byte
	// free are chunks the scan is done with, to be filled again.
	free chan []byte
	// chunk is the size of a chunk, room the size of the scan's window
	// to start with.
	chunk, room int
	// taken says a chunk was taken: the part cannot be scanned again.
	taken bool
	// drained says every chunk was taken (and chunks seen closed): the
	// facts are to be read.
	drained bool

	// err is why the part could not be inflated, nil when it was.
	err error
	// sheetData is countSheetData of the whole part.
	sheetData int
	// strike says the part has the word "strike".
	strike bool
	// closed says the part has a "</sheetData>", and tail is what
	// follows its last one.
	closed bool
	tail   []byte
}

// inflateWindowed starts inflating f on a goroutine of its own, a chunk at
// a time, for a scan through a window (see scanWindow). The part is
// declined, as by inflateStream, when it is longer than its size or fails
// its checksum.
func inflateWindowed(f *zip.File) *streamPart {
	return windowed(f.Open, int(f.UncompressedSize64), windowChunk, windowBytes)
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

// inflate reads size bytes from rc into chunks, working out the part's
// facts as they go, and then makes sure rc has no more.
func (w *partWindow) inflate(rc io.Reader, size int) error {
	var last []byte // the part's last bytes before the chunk, for a word across two
	for n := 0; n < size; {
		var buf []byte
		select {
		case buf = <-w.free:
		default:
			buf = make([]byte, w.chunk)
		}
		k, err := io.ReadFull(rc, buf[:min(w.chunk, size-n)])
		n += k
		if k > 0 {
			chunk := buf[:k]
			w.learn(last, chunk)
			last = append(last, chunk[max(0, k-len(sheetDataEnd)+1):]...)
			last = last[:copy(last, last[max(0, len(last)-len(sheetDataEnd)+1):])]
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

// sheetDataEnd is the end tag of a sheet's rows.
var sheetDataEnd = []byte("</sheetData>")

// strikeWord is what sheetMarks looks for in a sheet before it looks for
// struck rows.
var strikeWord = []byte("strike")

// learn adds chunk, which follows the part's bytes last (the last of
// them, fewer than sheetDataEnd), to the facts.
func (w *partWindow) learn(last, chunk []byte) {
	// A word across last and chunk is in joined, ending after last.
	joined := append(append(make([]byte, 0, 2*len(sheetDataEnd)), last...), chunk[:min(len(chunk), len(sheetDataEnd)-1)]...)
	acrossCount, acrossEnd := sheetDataIn(joined, len(last), len(last))
	count, end := sheetDataIn(chunk, 0, len(chunk))
	w.sheetData += acrossCount + count
	if end < 0 && acrossEnd >= 0 {
		end = acrossEnd - len(last)
	}
	switch {
	case end >= 0:
		w.closed = true
		w.tail = append(w.tail[:0], chunk[end:]...)
	case w.closed:
		w.tail = append(w.tail, chunk...)
	}
	if !w.strike {
		from := max(0, len(last)-len(strikeWord)+1)
		w.strike = bytes.Contains(chunk, strikeWord) ||
			bytes.Contains(joined[from:min(len(joined), len(last)+len(strikeWord)-1)], strikeWord)
	}
}

// sheetDataIn counts the "sheetData" in data that start before before
// and end after from, as countSheetData counts them, and returns where
// the last "</sheetData>" that starts before before and ends after from
// ends (-1 for none).
func sheetDataIn(data []byte, from, before int) (count, closeEnd int) {
	const word, at = "sheetData", 5 // the D of word is word[at]
	closeEnd = -1
	for i := at; i < len(data); i++ {
		j := bytes.IndexByte(data[i:], 'D')
		if j < 0 {
			break
		}
		i += j
		start, end := i-at, i-at+len(word)
		if end > len(data) || string(data[start:end]) != word {
			continue
		}
		if end > from && start < before {
			count++
		}
		if end+1 > from && start >= 2 && start-2 < before && data[start-2] == '<' && data[start-1] == '/' &&
			end < len(data) && data[end] == '>' {
			closeEnd = end + 1
		}
	}
	return count, closeEnd
}

// hasStrike waits until the part is inflated, or all that will be, and
// says whether it has the word "strike".
func (w *partWindow) hasStrike() bool {
	w.finish()
	return w.strike
}

// merges waits until the part is inflated, or all that will be, and
// returns its merged ranges, as dataMerges of the whole part does.
func (w *partWindow) merges() []Merge {
	w.finish()
	if !w.closed {
		return nil
	}
	return dataMerges(append(append([]byte(nil), sheetDataEnd...), w.tail...))
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
	w.taken = true
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
